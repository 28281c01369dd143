package fr.hautsdeseine.catalog.search;

import java.util.List;
import java.util.Map;

/**
 * What the index keeps of one record: texts to search, values to narrow by, and what a result line shows.
 *
 * @param id           the record id
 * @param titles       {@code dct:title} by language tag ("" for none)
 * @param descriptions {@code dct:description} by language tag
 * @param keywords     {@code dcat:keyword} values, any language
 * @param noticeText   every text of the explanatory notice, columns included
 * @param facets       the values of each facet (IRIs, or keywords)
 * @param modified     the dataset's last modification (or issue) date as {@code yyyy-mm-dd}, or ""
 */
public record IndexedDataset(String id, Map<String, String> titles, Map<String, String> descriptions,
        List<String> keywords, String noticeText, Map<Facet, List<String>> facets, String modified) {
}
