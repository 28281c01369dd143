package fr.hautsdeseine.catalog.publish;

import java.util.ArrayList;
import java.util.List;

/**
 * The absolute URLs of a catalog's pages: one path (which names the syntax), the request's filter
 * and page size, and where the page starts.
 *
 * @param documentUrl the absolute URL of the catalog in one syntax, e.g. {@code {base}/catalog.ttl}
 */
public record CatalogLinks(String documentUrl, PageRequest request) implements PageLinks {

    @Override
    public String to(PageStart start) {
        List<String> parameters = new ArrayList<>(request.filter().queryParameters());
        if (request.pageSize() != PageRequest.DEFAULT_PAGE_SIZE) {
            parameters.add("page_size=" + request.pageSize());
        }
        start.queryParameter().ifPresent(parameters::add);
        return parameters.isEmpty() ? documentUrl : documentUrl + "?" + String.join("&", parameters);
    }
}
