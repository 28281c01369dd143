package fr.hautsdeseine.catalog.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.hautsdeseine.catalog.TestCatalog;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;

class RdfReaderTest {
    private static final String BASE = "http://localhost:8080/";
    private final RdfReader reader = new RdfReader();

    @Test
    void reads_every_supported_syntax_to_the_same_graph() {
        Graph turtle = read("/records/two-datasets.ttl", RdfSyntax.TURTLE);

        for (RdfSyntax syntax : RdfSyntax.values()) {
            Lang lang = syntax.lang();
            var out = new java.io.ByteArrayOutputStream();
            if (lang.equals(Lang.NQUADS) || lang.equals(Lang.TRIG)) {
                RDFDataMgr.write(out, org.apache.jena.sparql.core.DatasetGraphFactory.wrap(turtle), lang);
            } else {
                RDFDataMgr.write(out, turtle, lang);
            }

            Graph again = reader.read(out.toByteArray(), syntax, BASE);

            assertThat(again.isIsomorphicWith(turtle)).as(syntax.name()).isTrue();
        }
    }

    @Test
    void malformed_turtle_reports_line_and_column() {
        byte[] document = TestCatalog.resource("/records/malformed-at-line-5.ttl").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(document, RdfSyntax.TURTLE, BASE))
                .isInstanceOfSatisfying(RdfParseException.class, e -> {
                    assertThat(e.line()).hasValue(5);
                    assertThat(e.column()).isPresent();
                    assertThat(e.describe()).startsWith("line 5, column ").contains("undeclared");
                });
    }

    @Test
    void json_ld_remote_context_is_refused_without_being_fetched() throws IOException {
        try (ServerSocket listener = new ServerSocket(0)) {
            listener.setSoTimeout(300);
            String document = TestCatalog.resource("/records/remote-context.jsonld")
                    .replace("PORT", String.valueOf(listener.getLocalPort()));

            assertThatThrownBy(() -> reader.read(document.getBytes(StandardCharsets.UTF_8), RdfSyntax.JSON_LD, BASE))
                    .isInstanceOf(RdfParseException.class)
                    .hasMessageContaining("remote JSON-LD context")
                    .hasMessageContaining("is not fetched");
            assertThat(connections(listener)).isZero();
        }
    }

    @Test
    void xml_declaring_entities_is_refused_and_nothing_is_read_or_fetched() throws IOException {
        try (ServerSocket listener = new ServerSocket(0)) {
            listener.setSoTimeout(300);
            String document = TestCatalog.resource("/records/external-entity.rdf")
                    .replace("PORT", String.valueOf(listener.getLocalPort()));

            assertThatThrownBy(() -> reader.read(document.getBytes(StandardCharsets.UTF_8), RdfSyntax.RDF_XML, BASE))
                    .isInstanceOf(RdfParseException.class)
                    .hasMessage("The XML document declares entities (<!ENTITY ...>), which this server refuses:"
                            + " write the values in full");
            assertThat(connections(listener)).isZero();
        }
    }

    @Test
    void relative_iris_resolve_against_the_given_base() {
        byte[] document = "<datasets/x> <http://purl.org/dc/terms/title> \"x\" .".getBytes(StandardCharsets.UTF_8);

        Graph graph = reader.read(document, RdfSyntax.TURTLE, BASE);

        assertThat(graph.contains(org.apache.jena.graph.NodeFactory.createURI(BASE + "datasets/x"),
                DCTerms.title.asNode(), Node.ANY)).isTrue();
    }

    private static String literal(Graph graph, org.apache.jena.rdf.model.Property property) {
        return graph.find(Node.ANY, property.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
    }

    private Graph read(String resource, RdfSyntax syntax) {
        return reader.read(TestCatalog.resource(resource).getBytes(StandardCharsets.UTF_8), syntax, BASE);
    }

    private static int connections(ServerSocket listener) throws IOException {
        AtomicInteger count = new AtomicInteger();
        try {
            listener.accept().close();
            count.incrementAndGet();
        } catch (SocketTimeoutException nobodyCame) {
            // expected: the reader never connected
        }
        return count.get();
    }
}
