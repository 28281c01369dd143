package fr.hautsdeseine.catalog.publish;

import java.time.Instant;
import java.util.Set;

/**
 * What the catalog's filters look at in one record, kept in memory so that a page is found
 * without reading every record.
 *
 * @param id          the record id (the paging key)
 * @param modified    the catalog record's {@code dct:modified}: when the catalog last changed it
 * @param themes      the dataset's {@code dcat:theme} IRIs, and its HVD categories
 * @param publishers  the dataset's {@code dct:publisher} IRIs
 * @param hvd         whether the dataset is a high-value dataset
 */
public record RecordSummary(String id, Instant modified, Set<String> themes, Set<String> publishers, boolean hvd) {
}
