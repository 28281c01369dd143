package fr.hautsdeseine.catalog.publish;

/** A request for one page of the catalog. */
public record PageRequest(CatalogFilter filter, int pageSize, PageStart start) {
    public static final int DEFAULT_PAGE_SIZE = 100;
    public static final int MAX_PAGE_SIZE = 1000;

    public PageRequest {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size must be between 1 and " + MAX_PAGE_SIZE + ", got " + pageSize);
        }
    }

    public static PageRequest first(int pageSize) {
        return new PageRequest(CatalogFilter.NONE, pageSize, PageStart.FIRST);
    }

    public PageRequest startingAt(PageStart other) {
        return new PageRequest(filter, pageSize, other);
    }
}
