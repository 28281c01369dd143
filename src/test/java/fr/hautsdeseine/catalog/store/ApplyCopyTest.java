package fr.hautsdeseine.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A replica's store applying the entries of a primary's log: two real stores in temporary directories. */
class ApplyCopyTest {
    private static final CatalogIris IRIS = new CatalogIris("http://localhost:8080");

    @TempDir
    Path dir;

    private CatalogStore primary;
    private CatalogStore replica;

    @AfterEach
    void close() {
        if (primary != null) {
            primary.close();
        }
        if (replica != null) {
            replica.close();
        }
    }

    @Test
    void applied_entries_give_the_primarys_records_and_log_and_reach_the_replicas_listeners() {
        primary = CatalogStore.open(dir.resolve("primary"), IRIS);
        replica = CatalogStore.open(dir.resolve("replica"), IRIS);
        List<Set<String>> heard = new CopyOnWriteArrayList<>();
        replica.onChange(heard::add);
        primary.putAll(List.of(record("a", "un"), record("b", "deux")), "api");
        primary.putAll(List.of(record("a", "un, revu")), "api");
        primary.withdraw("b", "admin");

        for (ChangeEntry entry : primary.changes().readFrom(1, 100)) {
            replica.applyCopy(entry);
        }

        assertThat(replica.recordIds()).containsExactly("a");
        assertThat(replica.record("a").orElseThrow().isIsomorphicWith(primary.record("a").orElseThrow())).isTrue();
        assertThat(replica.recordCount()).isEqualTo(1);
        assertThat(replica.changes().readFrom(1, 100)).isEqualTo(primary.changes().readFrom(1, 100));
        assertThat(replica.lastChange()).isEqualTo(primary.changes().readFrom(4, 1).get(0).time());
        assertThat(heard).containsExactly(Set.of("a"), Set.of("b"), Set.of("a"), Set.of("b"));
    }

    @Test
    void an_entry_applied_twice_or_out_of_turn_is_refused_and_changes_nothing() {
        primary = CatalogStore.open(dir.resolve("primary"), IRIS);
        replica = CatalogStore.open(dir.resolve("replica"), IRIS);
        primary.putAll(List.of(record("a", "un")), "api");
        primary.putAll(List.of(record("b", "deux")), "api");
        primary.putAll(List.of(record("c", "trois")), "api");
        List<ChangeEntry> entries = primary.changes().readFrom(1, 100);
        replica.applyCopy(entries.get(0));

        assertThatThrownBy(() -> replica.applyCopy(entries.get(0)))
                .isInstanceOf(SequenceGapException.class).hasMessage("change log entry 2 expected, got 1");
        assertThatThrownBy(() -> replica.applyCopy(entries.get(2)))
                .isInstanceOf(SequenceGapException.class).hasMessage("change log entry 2 expected, got 3");
        assertThat(replica.recordIds()).containsExactly("a");
        assertThat(replica.changes().lastSequence()).isEqualTo(1);
    }

    @Test
    void a_replica_whose_record_differs_from_the_primarys_stops_before_the_entry() {
        primary = CatalogStore.open(dir.resolve("primary"), IRIS);
        replica = CatalogStore.open(dir.resolve("replica"), IRIS);
        primary.putAll(List.of(record("a", "un")), "api");
        replica.applyCopy(primary.changes().readFrom(1, 1).get(0));
        primary.putAll(List.of(record("a", "un, revu")), "api");
        // The replica's copy drifts: a triple the primary never had.
        Node graph = IRIS.recordGraph("a");
        Graph drifted = replica.record("a").orElseThrow();
        drifted.add(NodeFactory.createURI("https://example.org/datasets/a"), DCAT.keyword.asNode(),
                NodeFactory.createLiteralString("ajouté à la main"));
        replica.replaceDerivedGraphs(Map.of(graph, drifted));

        assertThatThrownBy(() -> replica.applyCopy(primary.changes().readFrom(2, 1).get(0)))
                .isInstanceOf(ReplicaDivergedException.class)
                .hasMessageStartingWith("before entry 2, the graph " + graph.getURI() + " holds ");
        assertThat(replica.changes().lastSequence()).isEqualTo(1);
        assertThat(replica.record("a").orElseThrow().isIsomorphicWith(drifted)).isTrue();
    }

    private static DatasetRecord record(String id, String title) {
        Node dataset = NodeFactory.createURI("https://example.org/datasets/" + id);
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(dataset, DCTerms.title.asNode(), NodeFactory.createLiteralLang(title, "fr"));
        graph.add(dataset, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(id));
        return new DatasetRecord(id, dataset, graph);
    }
}
