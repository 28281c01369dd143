package fr.hautsdeseine.catalog.publish;

import java.util.Set;

/**
 * Answers the catalog's text filter ({@code q}) with the site's full-text search, so that {@code /catalog?q=}
 * and {@code /datasets?q=} find the same records for the same words.
 */
@FunctionalInterface
public interface TextSearch {
    /** Where no text filter can be answered: asking is an error, never an empty answer. */
    TextSearch UNAVAILABLE = words -> {
        throw new IllegalStateException("No search index to answer the text filter '" + words + "'");
    };

    /** The ids of every record the words find (every record when they hold no searchable word). */
    Set<String> idsMatching(String words);
}
