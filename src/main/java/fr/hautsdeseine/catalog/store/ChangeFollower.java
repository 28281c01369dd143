package fr.hautsdeseine.catalog.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a view derived from the records (an index, say) in step with the change log. At start it applies
 * every entry after the last one the view applied, and only those; then it applies each write's entries as
 * the write commits, on the writing thread, so that the writer finds its own write in the view when it
 * answers. A view that never applied an entry, that is ahead of the log (a store restored from a backup),
 * or whose next entries were pruned is rebuilt from the records instead.
 */
public final class ChangeFollower {
    private static final Logger log = LoggerFactory.getLogger(ChangeFollower.class);
    private static final int BATCH = 2000;

    /** A view that follows the log. */
    public interface View {
        /** The name used in log lines. */
        String name();

        /** The sequence of the last entry the view applied (0: none yet, on an empty log); empty when unknown. */
        OptionalLong appliedSequence();

        /** Applies these entries, in order, and notes the last one's sequence with them, durably. */
        void apply(List<ChangeEntry> entries);

        /** Replaces the whole view with the records as of {@code store.eachRecord}, noting the sequence it returns. */
        void rebuild(CatalogStore store);
    }

    /** What the start did: how many entries it applied, and whether it rebuilt the view instead. */
    public record CatchUp(long applied, boolean rebuilt) {
    }

    /**
     * How far behind the log the view is: the entries it has not applied, and the seconds since the oldest of
     * them committed (both 0 when it is up to date).
     */
    public record Lag(long entries, double seconds) {
    }

    private final CatalogStore store;
    private final View view;
    private final Clock clock;

    public ChangeFollower(CatalogStore store, View view) {
        this(store, view, Clock.systemUTC());
    }

    ChangeFollower(CatalogStore store, View view, Clock clock) {
        this.store = store;
        this.view = view;
        this.clock = clock;
    }

    /** The view's name, which names the follower in metrics and logs. */
    public String name() {
        return view.name();
    }

    /** Read from the view and the log, without waiting for the follower to finish what it is applying. */
    public Lag lag() {
        ChangeLog changes = store.changes();
        long next = view.appliedSequence().orElse(0) + 1;
        long behind = changes.lastSequence() - next + 1;
        if (behind <= 0) {
            return new Lag(0, 0);
        }
        List<ChangeEntry> oldest;
        try {
            oldest = changes.readFrom(next, 1);
        } catch (ChangesPrunedException e) {
            oldest = changes.readFrom(changes.firstSequence(), 1);
        }
        Instant since = oldest.isEmpty() ? clock.instant() : oldest.get(0).time();
        return new Lag(behind, Math.max(0, Duration.between(since, clock.instant()).toMillis() / 1000.0));
    }

    /** Brings the view up to date, then follows every write. */
    public synchronized CatchUp start() {
        long started = System.nanoTime();
        // Registered first, so that no write is missed; each call applies only what is not applied yet.
        store.onChange(ids -> follow());
        store.followers().add(this);
        ChangeLog changes = store.changes();
        OptionalLong applied = view.appliedSequence();
        if (applied.isEmpty() || applied.getAsLong() > changes.lastSequence()
                || applied.getAsLong() + 1 < changes.firstSequence()) {
            String why = applied.isEmpty() ? "it notes no change log entry"
                    : applied.getAsLong() > changes.lastSequence()
                    ? "it is ahead of the change log (entry " + applied.getAsLong() + ", the log ends at " + changes.lastSequence() + ")"
                    : "the change log was pruned past its entry " + applied.getAsLong() + " (it starts at " + changes.firstSequence() + ")";
            view.rebuild(store);
            log.info("[{}] rebuilt from the records in {} ms, as {}", view.name(), (System.nanoTime() - started) / 1_000_000, why);
            return new CatchUp(0, true);
        }
        long count = follow();
        if (count > 0) {
            log.info("[{}] applied the {} change log entries it missed in {} ms", view.name(), count,
                    (System.nanoTime() - started) / 1_000_000);
        }
        return new CatchUp(count, false);
    }

    /** Applies the entries after the view's last one; returns how many. */
    private synchronized long follow() {
        long count = 0;
        try {
            while (true) {
                long next = view.appliedSequence().orElse(0) + 1;
                List<ChangeEntry> entries = store.changes().readFrom(next, BATCH);
                if (entries.isEmpty()) {
                    return count;
                }
                view.apply(entries);
                count += entries.size();
            }
        } catch (ChangesPrunedException e) {
            log.warn("[{}] {}; rebuilding from the records", view.name(), e.getMessage());
            view.rebuild(store);
            return count;
        }
    }
}
