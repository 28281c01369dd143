package fr.hautsdeseine.catalog.publish;

import java.util.List;
import java.util.Optional;

/**
 * One page of the catalog: which records it holds and where its neighbours start.
 *
 * @param request    what was asked for
 * @param recordIds  the ids of the page's records, in id order
 * @param totalItems how many records match the filter in all
 */
public record CatalogPage(PageRequest request, List<String> recordIds, int totalItems,
        Optional<PageStart> previous, Optional<PageStart> next, PageStart last) {
}
