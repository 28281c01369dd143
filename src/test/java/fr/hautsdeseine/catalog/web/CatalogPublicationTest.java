package fr.hautsdeseine.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.SharedCatalog;
import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.publish.Closure;
import fr.hautsdeseine.catalog.publish.Harvest;
import fr.hautsdeseine.catalog.publish.OutputSyntax;
import fr.hautsdeseine.catalog.publish.Parsed;
import fr.hautsdeseine.catalog.publish.RecordView;
import fr.hautsdeseine.catalog.store.CatalogStore;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCAT;
import org.junit.jupiter.api.Test;

/** The demo catalog as harvesters and linked-data clients read it, over real HTTP. */
class CatalogPublicationTest {
    @SharedCatalog
    static TestCatalog catalog;

    @Test
    void following_next_from_catalog_rdf_reaches_every_dataset_once_with_each_page_whole() {
        CatalogStore store = catalog.server().store();
        RecordView view = new RecordView(store.iris(), Clock.systemUTC());

        List<Harvest.Page> pages = Harvest.walk(catalog, "/catalog.rdf?page_size=7", OutputSyntax.RDF_XML);

        List<String> seen = new ArrayList<>();
        for (Harvest.Page page : pages) {
            assertThat(page.url()).contains("/catalog.rdf");
            for (String id : page.recordIds()) {
                seen.add(id);
                Graph stored = view.present(id, store.record(id).orElseThrow());
                Set<Node> described = Closure.subjects(stored);
                assertThat(Closure.of(page.graph(), described).isIsomorphicWith(Closure.of(stored, described)))
                        .as("record %s is whole on %s", id, page.url()).isTrue();
                assertThat(page.graph().contains(store.iris().catalog(), DCAT.dataset.asNode(),
                        view.datasetOf(id, stored).orElseThrow())).isTrue();
            }
        }
        assertThat(pages).hasSize(8);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(store.recordIds());
    }

    @Test
    void the_default_page_holds_the_whole_demo_catalog_and_has_no_next_page() {
        List<Harvest.Page> pages = Harvest.walk(catalog, "/catalog", OutputSyntax.TURTLE);

        assertThat(pages).hasSize(1);
        assertThat(pages.get(0).recordIds()).hasSize(50);
        assertThat(pages.get(0).next()).isEmpty();
    }

    @Test
    void every_syntax_of_every_route_parses_in_jena_and_rdf4j_to_isomorphic_graphs() {
        String second = "after=" + catalog.server().store().recordIds().get(9) + "&page_size=10";
        List<String[]> routes = new ArrayList<>();
        for (OutputSyntax syntax : OutputSyntax.values()) {
            routes.add(new String[] {"/catalog?" + second, syntax.mediaType(), syntax.name()});
            routes.add(new String[] {"/datasets/archives-de-la-planete", syntax.mediaType(), syntax.name()});
            routes.add(new String[] {"/datasets/archives-de-la-planete." + syntax.extension(), null, syntax.name()});
        }
        for (String extension : List.of("ttl", "rdf", "xml", "jsonld", "nt")) {
            routes.add(new String[] {"/catalog." + extension + "?" + second, null,
                    OutputSyntax.fromExtension(extension).orElseThrow().name()});
        }
        routes.add(new String[] {"/catalog", null, OutputSyntax.TURTLE.name()});
        routes.add(new String[] {"/datasets/archives-de-la-planete", "*/*", OutputSyntax.TURTLE.name()});

        Set<String> checked = new HashSet<>();
        for (String[] route : routes) {
            OutputSyntax syntax = OutputSyntax.valueOf(route[2]);
            HttpResponse<String> response = route[1] == null ? catalog.get(route[0]) : catalog.get(route[0], "Accept", route[1]);

            assertThat(response.statusCode()).as("%s as %s", route[0], route[1]).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue(syntax.contentType());
            Graph jena = Parsed.jena(response.body(), syntax);
            Graph rdf4j = Parsed.rdf4j(response.body(), syntax, catalog.url("/"));
            assertThat(jena.size()).as("%s as %s", route[0], syntax).isGreaterThan(20);
            assertThat(jena.isIsomorphicWith(rdf4j)).as("%s as %s: Jena and RDF4J agree", route[0], syntax).isTrue();
            checked.add(route[0] + " " + route[1] + " " + syntax);
        }
        assertThat(checked).hasSize(routes.size());
    }

    @Test
    void the_syntaxes_of_one_page_carry_the_same_graph() {
        String query = "?page_size=5&after=" + catalog.server().store().recordIds().get(4);
        Graph turtle = Parsed.jena(catalog.get("/catalog.ttl" + query).body(), OutputSyntax.TURTLE);
        Node catalogNode = NodeFactory.createURI(catalog.url("/catalog"));

        for (String extension : List.of("rdf", "jsonld", "nt")) {
            OutputSyntax syntax = OutputSyntax.fromExtension(extension).orElseThrow();
            Graph other = Parsed.jena(catalog.get("/catalog." + extension + query).body(), syntax);
            // The Hydra links name the document's own syntax; everything else is the same.
            assertThat(withoutLinks(other).isIsomorphicWith(withoutLinks(turtle))).as(extension).isTrue();
        }
        assertThat(turtle.contains(catalogNode, DCAT.dataset.asNode(), Node.ANY)).isTrue();
    }

    @Test
    void every_page_of_the_demo_catalog_conforms_to_the_official_dcat_ap_3_shapes() throws java.io.IOException {
        org.apache.jena.shacl.Shapes shapes = org.apache.jena.shacl.Shapes.parse(shapesGraph());
        Graph vocabularies = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        try (var files = java.nio.file.Files.list(TestCatalog.shared("reference/vocab"))) {
            files.filter(f -> f.toString().endsWith(".rdf")).forEach(f -> org.apache.jena.riot.RDFDataMgr.read(vocabularies, f.toString()));
        }

        List<Harvest.Page> pages = Harvest.walk(catalog, "/catalog.ttl?page_size=20", OutputSyntax.TURTLE);

        assertThat(pages).hasSize(3);
        for (Harvest.Page page : pages) {
            Graph data = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            vocabularies.find().forEachRemaining(data::add);
            page.graph().find().forEachRemaining(data::add);
            var report = org.apache.jena.shacl.ShaclValidator.get().validate(shapes, data);
            List<String> violations = report.getEntries().stream()
                    .filter(e -> e.severity() == org.apache.jena.shacl.validation.Severity.Violation)
                    .filter(e -> page.graph().contains(e.focusNode(), Node.ANY, Node.ANY))
                    .map(e -> e.focusNode() + " " + e.resultPath() + ": " + e.message())
                    .toList();
            assertThat(violations).as(page.url()).isEmpty();
        }
    }

    private static Graph shapesGraph() {
        Graph shapes = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        for (String file : List.of("shapes.ttl", "range.ttl", "mdr-vocabularies.shape.ttl")) {
            org.apache.jena.riot.RDFDataMgr.read(shapes, TestCatalog.shared("reference/dcat-ap-3/split/" + file).toString());
        }
        return shapes;
    }

    private static Graph withoutLinks(Graph graph) {
        Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> {
            boolean link = t.getSubject().isURI() && t.getSubject().getURI().contains("/catalog.")
                    || t.getObject().isURI() && t.getObject().getURI().contains("/catalog.");
            if (!link) {
                copy.add(t);
            }
        });
        return copy;
    }
}
