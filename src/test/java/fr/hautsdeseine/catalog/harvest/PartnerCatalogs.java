package fr.hautsdeseine.catalog.harvest;

import fr.hautsdeseine.catalog.TestCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** Partner catalogs built from the shared harvest fixtures, their page links pointed at a local server. */
public final class PartnerCatalogs {
    static final String JSONLD = "application/ld+json";
    private static final String FIXTURE_PAGE_2 = "http://data.test.org/catalog.jsonld?page=2";
    private static final String HYDRA = "http://www.w3.org/ns/hydra/core#";

    private PartnerCatalogs() {
    }

    public static String fixture(String name) {
        try {
            return Files.readString(TestCatalog.shared("fixtures/harvest/" + name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Three pages in the current Hydra style: datasets 1 to 3 (JSON-LD), dataset 4 (JSON-LD, with a
     * hydra:next added), then the two datasets of a CKAN catalog (RDF/XML).
     */
    public static void threePages(PartnerServer partner) {
        partner.on("/catalog.jsonld?page=1", PartnerServer.body(200, JSONLD,
                fixture("udata--partial-collection-1.jsonld").replace(FIXTURE_PAGE_2, partner.url("/catalog.jsonld?page=2"))));
        partner.on("/catalog.jsonld?page=2", PartnerServer.body(200, JSONLD, pageTwoWithNext(partner.url("/catalog.rdf?page=3"))));
        partner.on("/catalog.rdf?page=3", PartnerServer.body(200, "application/rdf+xml", fixture("ckanext-dcat--catalog.rdf")));
    }

    static String pageTwoWithNext(String next) {
        return fixture("udata--partial-collection-2.jsonld").replace("\"" + HYDRA + "previous\"",
                "\"" + HYDRA + "next\": [{\"@id\": \"" + next + "\"}], \"" + HYDRA + "previous\"");
    }

    /** Two pages in the legacy style: a hydra:PagedCollection whose hydra:nextPage is a literal. */
    static void legacyPages(PartnerServer partner) {
        partner.on("/legacy.jsonld?page=1", PartnerServer.body(200, JSONLD,
                fixture("udata--paged-collection-1.jsonld").replace(FIXTURE_PAGE_2, partner.url("/legacy.jsonld?page=2"))));
        partner.on("/legacy.jsonld?page=2", PartnerServer.body(200, JSONLD, fixture("udata--partial-collection-2.jsonld")));
    }
}
