package fr.hautsdeseine.catalog.site;

import fr.hautsdeseine.catalog.index.Facet;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Every link the site writes, all below the public base URL. */
public final class SiteLinks {
    public static final String THEME_NAMESPACE = "http://publications.europa.eu/resource/authority/data-theme/";
    private final String base;

    public SiteLinks(String base) {
        this.base = base;
    }

    public String base() {
        return base;
    }

    public String dataset(String id) {
        return base + "/datasets/" + id;
    }

    public String search(Facet facet, String value) {
        return base + "/datasets?" + facet.param() + "=" + encode(value);
    }

    /** The publisher's page when it is one of ours ({base}/publishers/{slug}), else a search narrowed to it. */
    public String publisher(String iri) {
        String prefix = base + "/publishers/";
        if (iri.startsWith(prefix) && iri.length() > prefix.length() && !iri.substring(prefix.length()).contains("/")) {
            return iri;
        }
        return search(Facet.PUBLISHER, iri);
    }

    /** The theme's page for an EU data theme, else a search narrowed to it. */
    public String theme(String iri) {
        if (iri.startsWith(THEME_NAMESPACE) && iri.length() > THEME_NAMESPACE.length()) {
            return base + "/themes/" + iri.substring(THEME_NAMESPACE.length());
        }
        return search(Facet.THEME, iri);
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
