package fr.hautsdeseine.catalog.publish;

import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.DatasetRecord;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/** Small valid records in bulk (what DCAT-AP requires of a dataset and a distribution, no more), named {@code {prefix}-00042}, for paging checks over large catalogs. */
public final class GeneratedRecords {
    private GeneratedRecords() {
    }

    public static List<DatasetRecord> records(CatalogIris iris, String prefix, int from, int count) {
        List<DatasetRecord> records = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            records.add(record(iris, "%s-%05d".formatted(prefix, i)));
        }
        return records;
    }

    public static DatasetRecord record(CatalogIris iris, String id) {
        Graph graph = GraphFactory.createDefaultGraph();
        Node dataset = iris.dataset(id);
        Node distribution = NodeFactory.createURI(dataset.getURI() + "#csv");
        graph.add(dataset, RDF.type.asNode(), DCAT.Dataset.asNode());
        graph.add(dataset, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(id));
        graph.add(dataset, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Jeu de données " + id, "fr"));
        graph.add(dataset, DCTerms.description.asNode(), NodeFactory.createLiteralLang("Données générées " + id + ".", "fr"));
        graph.add(dataset, DCAT.distribution.asNode(), distribution);
        graph.add(distribution, RDF.type.asNode(), DCAT.Distribution.asNode());
        graph.add(distribution, DCAT.accessURL.asNode(), NodeFactory.createURI("https://example.org/files/" + id + ".csv"));
        return new DatasetRecord(id, dataset, graph);
    }
}
