package fr.hautsdeseine.catalog.site;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.index.CatalogIndex;
import fr.hautsdeseine.catalog.publish.GeneratedRecords;
import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.DatasetRecord;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Labels follow the change log through the index: a write that renames a publisher renames it on the site at once. */
class LabelsTest {
    private static final CatalogIris IRIS = new CatalogIris("http://catalog.test");
    private static final String PUBLISHER = "https://example.org/publishers/mairie";

    @TempDir
    Path dir;

    @Test
    void a_label_a_write_changes_is_the_new_one_as_soon_as_the_write_returns() {
        try (CatalogStore store = CatalogStore.open(dir.resolve("store"), IRIS);
             CatalogIndex index = CatalogIndex.open(store, dir.resolve("index"))) {
            Labels labels = new Labels(index.labels());
            store.putAll(List.of(published("jeu", "Mairie de Sceaux")), "api");
            assertThat(labels.of(PUBLISHER, Lang.FR).map(Text::value)).hasValue("Mairie de Sceaux");

            store.putAll(List.of(published("jeu", "Ville de Sceaux")), "api");

            assertThat(labels.of(PUBLISHER, Lang.FR).map(Text::value)).hasValue("Ville de Sceaux");
        }
    }

    private static DatasetRecord published(String id, String publisherName) {
        DatasetRecord record = GeneratedRecords.record(IRIS, id);
        Node publisher = NodeFactory.createURI(PUBLISHER);
        record.content().add(record.dataset(), DCTerms.publisher.asNode(), publisher);
        record.content().add(publisher, FOAF.name.asNode(), NodeFactory.createLiteralLang(publisherName, "fr"));
        return record;
    }
}
