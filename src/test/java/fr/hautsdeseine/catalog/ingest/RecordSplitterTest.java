package fr.hautsdeseine.catalog.ingest;

import fr.hautsdeseine.catalog.store.DatasetRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.store.CatalogIris;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class RecordSplitterTest {
    private final CatalogIris iris = new CatalogIris("http://localhost:8080");
    private final RecordSplitter splitter = new RecordSplitter(iris);

    @Test
    void each_dataset_becomes_a_record_with_its_own_nodes_and_copies_of_shared_agents() {
        List<DatasetRecord> records = split("/records/two-datasets.ttl");

        assertThat(records).extracting(DatasetRecord::id).containsExactly("colleges", "routes-departementales");
        DatasetRecord colleges = records.get(0);
        DatasetRecord routes = records.get(1);
        Node publisher = NodeFactory.createURI("https://example.org/publishers/cd92");
        Node csv = NodeFactory.createURI("https://example.org/datasets/colleges#csv");
        assertThat(colleges.content().contains(csv, Node.ANY, Node.ANY)).isTrue();
        assertThat(colleges.content().contains(publisher, Node.ANY, Node.ANY)).isTrue();
        assertThat(routes.content().contains(publisher, Node.ANY, Node.ANY)).isTrue();
        assertThat(routes.content().contains(csv, Node.ANY, Node.ANY)).isFalse();
        assertThat(colleges.content().size()).isEqualTo(14);
    }

    @Test
    void a_blank_node_dataset_gets_an_iri_below_the_base() {
        DatasetRecord routes = split("/records/two-datasets.ttl").get(1);

        assertThat(routes.dataset()).isEqualTo(NodeFactory.createURI("http://localhost:8080/datasets/routes-departementales"));
        assertThat(routes.content().contains(routes.dataset(), RDF.type.asNode(), Node.ANY)).isTrue();
    }

    @Test
    void the_catalog_node_is_not_part_of_any_record() {
        Node catalog = NodeFactory.createURI("https://example.org/catalog");

        assertThat(split("/records/two-datasets.ttl"))
                .allSatisfy(record -> assertThat(record.content().contains(catalog, Node.ANY, Node.ANY)).isFalse());
    }

    @Test
    void a_dataset_without_identifier_is_rejected_by_name() {
        assertThatThrownBy(() -> split("/records/dataset-without-identifier.ttl"))
                .isInstanceOf(RecordRejectedException.class)
                .hasMessage("Dataset <https://example.org/datasets/parcs> has no dct:identifier");
    }

    @Test
    void two_datasets_with_the_same_identifier_are_an_error() {
        assertThatThrownBy(() -> split("/records/two-datasets-same-identifier.ttl"))
                .isInstanceOf(RecordRejectedException.class)
                .hasMessage("Datasets <https://example.org/datasets/a> and <https://example.org/datasets/b>"
                        + " share the record id 'colleges' (dct:identifier \"colleges\")");
    }

    @Test
    void a_document_without_datasets_is_rejected() {
        Graph empty = new RdfReader().read("<a:b> <a:c> <a:d> .".getBytes(StandardCharsets.UTF_8), RdfSyntax.TURTLE, "http://x/");

        assertThatThrownBy(() -> splitter.split(empty))
                .isInstanceOf(RecordRejectedException.class)
                .hasMessage("The document describes no dcat:Dataset or dcat:DatasetSeries");
    }

    @Test
    void records_keep_the_title_of_the_dataset() {
        DatasetRecord colleges = split("/records/two-datasets.ttl").get(0);

        assertThat(colleges.content().find(colleges.dataset(), DCTerms.title.asNode(), Node.ANY).next().getObject()
                .getLiteralLexicalForm()).isEqualTo("Collèges du département");
    }

    private List<DatasetRecord> split(String resource) {
        byte[] document = TestCatalog.resource(resource).getBytes(StandardCharsets.UTF_8);
        return splitter.split(new RdfReader().read(document, RdfSyntax.TURTLE, iris.documentBase()));
    }
}
