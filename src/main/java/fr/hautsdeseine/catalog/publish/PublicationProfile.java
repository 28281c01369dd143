package fr.hautsdeseine.catalog.publish;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The application profiles the catalog and its records are served in (W3C Content Negotiation by
 * Profile). Each has a short token for {@code ?profile=} and the URI that {@code Accept-Profile} and
 * {@code Content-Profile} carry.
 */
public enum PublicationProfile {
    /** DCAT-AP 3.0.1, what the store holds: the default. */
    DCAT_AP_3("dcat-ap-3", "https://semiceu.github.io/DCAT-AP/releases/3.0.1/", "DCAT-AP 3.0.1"),
    /** DCAT-AP 2.1.1, which data.europa.eu and many national portals still read. */
    DCAT_AP_2("dcat-ap-2", "https://semiceu.github.io/DCAT-AP/releases/2.1.1/", "DCAT-AP 2.1.1"),
    /** DCAT-AP HVD 3.0.0: the high-value datasets only, with what the HVD regulation asks of their services. */
    HVD("hvd", "https://semiceu.github.io/DCAT-AP/releases/3.0.0-hvd/", "DCAT-AP HVD 3.0.0");

    private final String token;
    private final String uri;
    private final String label;

    PublicationProfile(String token, String uri, String label) {
        this.token = token;
        this.uri = uri;
        this.label = label;
    }

    public String token() {
        return token;
    }

    public String uri() {
        return uri;
    }

    public String label() {
        return label;
    }

    /** The profile named by its token or its URI. */
    public static Optional<PublicationProfile> named(String name) {
        return Arrays.stream(values()).filter(p -> p.token.equals(name) || p.uri.equals(name)).findFirst();
    }

    /** Every profile as "token (URI)", for the message of a refused request. */
    public static String list() {
        return Arrays.stream(values()).map(p -> p.token + " <" + p.uri + ">").collect(Collectors.joining(", "));
    }

    /** The filter a catalog page of this profile applies: the HVD profile holds high-value datasets only. */
    public CatalogFilter restrict(CatalogFilter filter) {
        if (this != HVD) {
            return filter;
        }
        return new CatalogFilter(filter.modifiedSince(), filter.theme(), filter.publisher(), Optional.of(true), filter.text());
    }
}
