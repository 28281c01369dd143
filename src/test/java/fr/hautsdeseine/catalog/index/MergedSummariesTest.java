package fr.hautsdeseine.catalog.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A write's changes merged into the sorted summaries: added, replaced and removed in place, order kept. */
class MergedSummariesTest {

    private static RecordSummary summary(String id, long second) {
        return new RecordSummary(id, Instant.ofEpochSecond(second), Set.of(), Set.of(), false);
    }

    @Test
    void changes_before_between_and_after_the_current_records_keep_the_id_order() {
        List<RecordSummary> current = List.of(summary("b", 1), summary("d", 1), summary("f", 1));
        TreeMap<String, Optional<RecordSummary>> changes = new TreeMap<>();
        changes.put("a", Optional.of(summary("a", 2)));
        changes.put("d", Optional.of(summary("d", 2)));
        changes.put("e", Optional.of(summary("e", 2)));
        changes.put("f", Optional.empty());
        changes.put("z", Optional.of(summary("z", 2)));
        changes.put("y", Optional.empty());   // withdrawn, and never indexed

        List<RecordSummary> merged = CatalogIndex.merged(current, changes);

        assertThat(merged).containsExactly(summary("a", 2), summary("b", 1), summary("d", 2), summary("e", 2),
                summary("z", 2));
    }

    @Test
    void no_change_leaves_the_records_as_they_were() {
        List<RecordSummary> current = List.of(summary("b", 1), summary("d", 1));

        assertThat(CatalogIndex.merged(current, new TreeMap<>())).isEqualTo(current);
    }
}
