package fr.hautsdeseine.catalog.publish;

import java.util.Optional;

/**
 * Where a catalog page starts: just after a record id (a keyset cursor, what the links use), or
 * at a page number counted from 1.
 */
public record PageStart(Optional<String> afterId, int pageNumber) {
    public static final PageStart FIRST = new PageStart(Optional.empty(), 1);

    public PageStart {
        if (pageNumber < 1) {
            throw new IllegalArgumentException("page numbers start at 1, got " + pageNumber);
        }
    }

    public static PageStart after(String id) {
        return new PageStart(Optional.of(id), 1);
    }

    public static PageStart number(int page) {
        return new PageStart(Optional.empty(), page);
    }

    /** The query parameter that names this start, or empty for the first page. */
    Optional<String> queryParameter() {
        if (afterId.isPresent()) {
            return Optional.of("after=" + CatalogFilter.encode(afterId.get()));
        }
        return pageNumber > 1 ? Optional.of("page=" + pageNumber) : Optional.empty();
    }
}
