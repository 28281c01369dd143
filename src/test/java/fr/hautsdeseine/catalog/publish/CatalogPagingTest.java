package fr.hautsdeseine.catalog.publish;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.FreshCatalog;
import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.vocab.HYDRA;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** Keyset paging over real HTTP: stable under writes, correct over a large catalog. */
class CatalogPagingTest {
    @Test
    void a_harvest_sees_every_unchanged_record_once_while_records_come_and_go(@FreshCatalog TestCatalog catalog) {
        CatalogStore store = catalog.server().store();
        store.putAll(GeneratedRecords.records(store.iris(), "r", 0, 30), "test");
        List<String> seen = new ArrayList<>();

        Harvest.Page page = fetch(catalog, "/catalog.nt?page_size=5");
        seen.addAll(page.recordIds());
        int round = 0;
        while (page.next().isPresent()) {
            // Between two fetches: one record added before the cursor, one after; one seen and one unseen withdrawn.
            store.putAll(List.of(GeneratedRecords.record(store.iris(), "a-" + round),
                    GeneratedRecords.record(store.iris(), "z-" + round)), "test");
            store.withdraw("r-%05d".formatted(round * 5));
            store.withdraw("r-%05d".formatted(29 - round));
            round++;
            page = fetch(catalog, page.next().get().substring(catalog.url("").length()));
            seen.addAll(page.recordIds());
        }

        assertThat(seen).doesNotHaveDuplicates();
        Set<String> throughout = new HashSet<>(store.recordIds());
        throughout.removeIf(id -> !id.startsWith("r-"));
        assertThat(seen).containsAll(throughout);
        assertThat(seen).noneMatch(id -> id.startsWith("a-"));
    }

    @Test
    void ten_thousand_records_page_correctly_to_the_last_page(@FreshCatalog TestCatalog catalog) {
        CatalogStore store = catalog.server().store();
        for (int batch = 0; batch < 10; batch++) {
            store.putAll(GeneratedRecords.records(store.iris(), "gen", batch * 1000, 1000), "test");
        }

        List<Harvest.Page> pages = Harvest.walk(catalog, "/catalog.nt?page_size=1000", OutputSyntax.N_TRIPLES);

        List<String> seen = pages.stream().flatMap(p -> p.recordIds().stream()).toList();
        assertThat(pages).hasSize(10);
        assertThat(seen).hasSize(10_000).doesNotHaveDuplicates();
        assertThat(new HashSet<>(seen)).isEqualTo(new HashSet<>(store.recordIds()));
        Node firstPage = NodeFactory.createURI(catalog.url("/catalog.nt?page_size=1000"));
        String last = catalog.url("/catalog.nt?page_size=1000&after=gen-08999");
        assertThat(pages.get(0).graph().contains(firstPage, HYDRA.last.asNode(), NodeFactory.createURI(last))).isTrue();
        assertThat(pages.get(9).url()).isEqualTo(last);
        assertThat(pages.get(9).graph().contains(NodeFactory.createURI(last), HYDRA.totalItems.asNode(),
                NodeFactory.createLiteralDT("10000", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger))).isTrue();
        assertThat(fetch(catalog, "/catalog.nt?page_size=1000&page=10").recordIds())
                .containsExactlyInAnyOrderElementsOf(pages.get(9).recordIds());
    }

    private static Harvest.Page fetch(TestCatalog catalog, String path) {
        return Harvest.fetch(catalog, path, OutputSyntax.N_TRIPLES);
    }
}
