package fr.hautsdeseine.catalog.index;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the catalog's pages and filters look at in one record, kept in memory so that a page is found
 * without reading every record.
 *
 * @param id          the record id (the paging key)
 * @param modified    the catalog record's {@code dct:modified}: when the catalog last changed it
 * @param themes      the dataset's {@code dcat:theme} IRIs, and its HVD categories
 * @param publishers  the dataset's {@code dct:publisher} IRIs
 * @param hvd         whether the dataset is a high-value dataset
 */
public record RecordSummary(String id, Instant modified, Set<String> themes, Set<String> publishers, boolean hvd) {

    /** Where {@code id} is in a list sorted by id, as {@link java.util.Collections#binarySearch} answers. */
    public static int position(List<RecordSummary> sortedById, String id) {
        int low = 0;
        int high = sortedById.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = sortedById.get(middle).id().compareTo(id);
            if (order < 0) {
                low = middle + 1;
            } else if (order > 0) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -(low + 1);
    }
}
