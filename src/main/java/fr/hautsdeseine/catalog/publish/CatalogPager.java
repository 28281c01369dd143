package fr.hautsdeseine.catalog.publish;

import fr.hautsdeseine.catalog.index.CatalogIndex;
import fr.hautsdeseine.catalog.index.RecordSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Cuts the catalog into pages by record id. A page that starts after a record id (the keyset
 * cursor every link carries) holds the next records in id order as they are when it is read, so
 * that a harvest walking the links sees every record that exists throughout it exactly once. The text
 * filter is the site's search ({@link CatalogIndex#idsMatching}): the same words find the same records.
 */
public final class CatalogPager {
    private final CatalogIndex index;

    public CatalogPager(CatalogIndex index) {
        this.index = index;
    }

    public CatalogPage page(PageRequest request) {
        List<RecordSummary> matching = matching(request.filter());
        int total = matching.size();
        int size = request.pageSize();
        int start = startIndex(matching, request);
        int end = Math.min(total, start + size);
        List<String> ids = new ArrayList<>(end - start);
        for (RecordSummary record : matching.subList(start, end)) {
            ids.add(record.id());
        }
        Optional<PageStart> previous = start == 0 ? Optional.empty() : Optional.of(startAt(matching, start - size));
        Optional<PageStart> next = end < total ? Optional.of(PageStart.after(matching.get(end - 1).id())) : Optional.empty();
        PageStart last = startAt(matching, total == 0 ? 0 : (total - 1) / size * size);
        return new CatalogPage(request, List.copyOf(ids), total, previous, next, last);
    }

    /** Every record the filter keeps, in id order, as they are now. */
    public List<RecordSummary> matching(CatalogFilter filter) {
        List<RecordSummary> all = index.snapshot();
        return filter.isNone() ? all : filter(all, filter);
    }

    private static int startIndex(List<RecordSummary> matching, PageRequest request) {
        PageStart start = request.start();
        if (start.afterId().isPresent()) {
            int at = RecordSummary.position(matching, start.afterId().get());
            return at >= 0 ? at + 1 : -(at + 1);
        }
        long offset = (long) (start.pageNumber() - 1) * request.pageSize();
        if (start.pageNumber() > 1 && offset >= matching.size()) {
            int lastPage = Math.max(1, (matching.size() + request.pageSize() - 1) / request.pageSize());
            throw new PageOutOfRangeException(start.pageNumber(), lastPage);
        }
        return (int) offset;
    }

    /** The start of the page whose first record is at {@code position}, as a keyset cursor. */
    private static PageStart startAt(List<RecordSummary> matching, int position) {
        return position <= 0 ? PageStart.FIRST : PageStart.after(matching.get(position - 1).id());
    }

    private List<RecordSummary> filter(List<RecordSummary> all, CatalogFilter filter) {
        Optional<Set<String>> found = filter.text().map(index::idsMatching);
        List<RecordSummary> kept = new ArrayList<>();
        for (RecordSummary record : all) {
            if (filter.matchesAllButText(record) && found.map(ids -> ids.contains(record.id())).orElse(true)) {
                kept.add(record);
            }
        }
        return kept;
    }
}
