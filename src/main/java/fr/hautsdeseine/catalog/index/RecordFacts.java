package fr.hautsdeseine.catalog.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the index keeps of one record, read once from its graph: texts to search, values to narrow by,
 * what a result line shows, and what the catalog's pages and filters look at.
 *
 * @param id           the record id
 * @param titles       {@code dct:title} by language tag ("" for none)
 * @param descriptions {@code dct:description} by language tag
 * @param keywords     {@code dcat:keyword} values, any language
 * @param noticeText   every text of the explanatory notice, columns included
 * @param facets       the values of each facet (IRIs, or keywords)
 * @param modified     the dataset's last modification (or issue) date as {@code yyyy-mm-dd}, or ""
 * @param catalog      what the catalog's pages know of the record; empty when its graph holds no catalog record
 *                     (such a record is searchable but in no catalog page)
 */
public record RecordFacts(String id, Map<String, String> titles, Map<String, String> descriptions,
        List<String> keywords, String noticeText, Map<Facet, List<String>> facets, String modified,
        Optional<RecordSummary> catalog) {
}
