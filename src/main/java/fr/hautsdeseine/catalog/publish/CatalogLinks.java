package fr.hautsdeseine.catalog.publish;

import java.util.ArrayList;
import java.util.List;

/**
 * The absolute URLs of a catalog's pages: one path (which names the syntax), the request's filter
 * and page size, and where the page starts.
 *
 * @param documentUrl the absolute URL of the catalog in one syntax, e.g. {@code {base}/catalog.ttl}
 * @param profile     the profile the pages are in; named in the links unless it is the default
 */
public record CatalogLinks(String documentUrl, PageRequest request, PublicationProfile profile) implements PageLinks {

    public CatalogLinks(String documentUrl, PageRequest request) {
        this(documentUrl, request, PublicationProfile.DCAT_AP_3);
    }

    @Override
    public String to(PageStart start) {
        List<String> parameters = new ArrayList<>();
        if (profile != PublicationProfile.DCAT_AP_3) {
            parameters.add("profile=" + profile.token());
        }
        parameters.addAll(request.filter().queryParameters());
        if (request.pageSize() != PageRequest.DEFAULT_PAGE_SIZE) {
            parameters.add("page_size=" + request.pageSize());
        }
        start.queryParameter().ifPresent(parameters::add);
        return parameters.isEmpty() ? documentUrl : documentUrl + "?" + String.join("&", parameters);
    }
}
