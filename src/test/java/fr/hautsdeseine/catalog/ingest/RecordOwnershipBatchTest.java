package fr.hautsdeseine.catalog.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.DatasetRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large batch is checked in chunks on every core: the outcome is as if the records were checked one by one. */
class RecordOwnershipBatchTest {
    private static final CatalogIris IRIS = new CatalogIris("http://localhost:8080");

    @TempDir
    Path dir;

    @Test
    void a_large_batch_keeps_its_order_and_names_its_first_refused_record() {
        try (CatalogStore store = CatalogStore.open(dir, IRIS)) {
            RecordOwnership ownership = new RecordOwnership(store);
            List<DatasetRecord> records = new ArrayList<>();
            for (int i = 0; i < 1300; i++) {
                records.add(record(String.format("r%04d", i), "https://example.org/datasets/" + i));
            }

            List<DatasetRecord> owned = ownership.enforce(records);

            assertThat(owned).extracting(DatasetRecord::id).containsExactlyElementsOf(records.stream().map(DatasetRecord::id).toList());
            assertThat(owned.get(1234).content().isIsomorphicWith(records.get(1234).content())).isTrue();

            // Two refusals in different chunks: the first in the records' order is the one reported.
            records.set(1200, record("r1200", IRIS.catalog().getURI()));
            records.set(700, record("r0700", IRIS.catalog().getURI()));
            ForeignSubjectException refused = catchThrowableOfType(ForeignSubjectException.class,
                    () -> ownership.enforce(records));

            assertThat(refused.recordId()).isEqualTo("r0700");
            assertThat(refused).hasMessageContaining("is the catalog itself");
        }
    }

    private static DatasetRecord record(String id, String dataset) {
        Node root = NodeFactory.createURI(dataset);
        Graph content = GraphFactory.createDefaultGraph();
        content.add(root, RDF.type.asNode(), DCAT.Dataset.asNode());
        content.add(root, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Jeu " + id, "fr"));
        content.add(root, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(id));
        return new DatasetRecord(id, root, content);
    }
}
