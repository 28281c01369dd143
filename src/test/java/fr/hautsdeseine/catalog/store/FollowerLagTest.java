package fr.hautsdeseine.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.publish.GeneratedRecords;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FollowerLagTest {
    private static final CatalogIris IRIS = new CatalogIris("http://localhost:8080");

    @TempDir
    Path dir;

    private CatalogStore store;

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void a_follower_that_holds_entries_back_reports_how_many_and_since_when() {
        store = CatalogStore.open(dir, IRIS);
        store.putAll(GeneratedRecords.records(IRIS, "early", 0, 2), "test");
        HeldView held = new HeldView("replica");
        new ChangeFollower(store, held).start();
        held.holding = true;

        store.putAll(GeneratedRecords.records(IRIS, "late", 0, 1), "test");
        store.putAll(GeneratedRecords.records(IRIS, "late", 1, 2), "test");
        Instant firstHeld = store.changes().readFrom(3, 1).get(0).time();
        ChangeFollower.Lag lag = new ChangeFollower(store, held, Clock.fixed(firstHeld.plusSeconds(90), ZoneOffset.UTC)).lag();

        assertThat(held.applied).hasSize(2);
        assertThat(lag).isEqualTo(new ChangeFollower.Lag(3, 90.0));
        assertThat(store.followers().lag("replica")).hasValueSatisfying(l -> assertThat(l.entries()).isEqualTo(3));
    }

    @Test
    void a_follower_in_step_lags_by_nothing_and_every_started_follower_is_listed_by_name() {
        store = CatalogStore.open(dir, IRIS);
        List<String> announced = new ArrayList<>();
        store.followers().onStart(announced::add);
        new ChangeFollower(store, new HeldView("index")).start();

        store.putAll(GeneratedRecords.records(IRIS, "one", 0, 3), "test");
        new ChangeFollower(store, new HeldView("feed")).start();

        assertThat(store.followers().lag("index")).hasValue(new ChangeFollower.Lag(0, 0));
        assertThat(store.followers().lag("feed")).hasValue(new ChangeFollower.Lag(0, 0));
        assertThat(store.followers().lag("nothing")).isEmpty();
        assertThat(store.followers().names()).containsExactly("feed", "index");
        assertThat(announced).containsExactly("index", "feed");
    }

    /** A view that applies entries as they come until told to hold them back, as a stalled replica would. */
    private static final class HeldView implements ChangeFollower.View {
        private final String name;
        private final List<Long> applied = new ArrayList<>();
        private volatile boolean holding;
        private volatile long sequence;

        HeldView(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public OptionalLong appliedSequence() {
            return OptionalLong.of(sequence);
        }

        @Override
        public void apply(List<ChangeEntry> entries) {
            if (holding) {
                throw new IllegalStateException("held back");
            }
            entries.forEach(entry -> applied.add(entry.sequence()));
            sequence = entries.get(entries.size() - 1).sequence();
        }

        @Override
        public void rebuild(CatalogStore store) {
            sequence = store.changes().lastSequence();
        }
    }
}
