package fr.hautsdeseine.catalog.site;

import fr.hautsdeseine.catalog.index.KnownLabels;
import java.util.Optional;

/**
 * The labels of the IRIs the site shows, in the reader's language, from the labels the index knows
 * ({@link KnownLabels}: controlled vocabularies, licences, agents as the records describe them).
 */
public final class Labels {
    private final KnownLabels known;

    public Labels(KnownLabels known) {
        this.known = known;
    }

    /** The label in this language, with the same fallbacks as record values; absent when none is known. */
    public Optional<Text> of(String iri, Lang lang) {
        return known.of(iri).map(byLang -> Text.pick(byLang, lang));
    }

    /** The label, else the IRI's last segment (an authority code such as CSV or ANNUAL). */
    public Text orCode(String iri, Lang lang) {
        return of(iri, lang).orElseGet(() -> Text.plain(lastSegment(iri)));
    }

    public static String lastSegment(String iri) {
        String trimmed = iri.endsWith("/") ? iri.substring(0, iri.length() - 1) : iri;
        int cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('#'));
        return cut >= 0 && cut < trimmed.length() - 1 ? trimmed.substring(cut + 1) : iri;
    }
}
