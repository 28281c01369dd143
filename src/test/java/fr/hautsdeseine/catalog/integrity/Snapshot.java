package fr.hautsdeseine.catalog.integrity;

import fr.hautsdeseine.catalog.TestCatalog;
import java.util.List;

/**
 * What an attack on one subject could change: the store's revision, the index's last applied change, the
 * SPARQL union graph's statements about the subject, and the public pages that show it.
 */
record Snapshot(String storeRevision, String indexRevision, String sparqlAbout, List<String> pages) {

    static Snapshot of(TestCatalog catalog, String subject, String... pages) {
        String about = catalog.sparql("SELECT (COUNT(*) AS ?n) WHERE { <" + subject + "> ?p ?o }")
                + catalog.sparql("SELECT ?p ?o WHERE { <" + subject + "> ?p ?o } ORDER BY ?p ?o");
        List<String> bodies = java.util.Arrays.stream(pages)
                .map(path -> path + " " + catalog.get(path).statusCode() + " " + catalog.get(path).body())
                .toList();
        return new Snapshot(catalog.server().store().revision(), catalog.server().index().appliedSequence().toString(), about, bodies);
    }
}
