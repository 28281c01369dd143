package fr.hautsdeseine.catalog.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The change followers started on one store, by their view's name, so that metrics can say how far behind
 * the log each one is without knowing what it is (an index, a feed, a replica). A follower started again
 * under the same name replaces the earlier one.
 */
public final class Followers {
    private final Map<String, ChangeFollower> started = new TreeMap<>();
    private final List<Consumer<String>> listeners = new ArrayList<>();

    synchronized void add(ChangeFollower follower) {
        boolean added = started.put(follower.name(), follower) == null;
        if (added) {
            listeners.forEach(listener -> listener.accept(follower.name()));
        }
    }

    /** Calls the listener with the name of every follower started so far, then with each new one as it starts. */
    public synchronized void onStart(Consumer<String> listener) {
        started.keySet().forEach(listener);
        listeners.add(listener);
    }

    /** How far behind the log the follower of that name is; empty when none of that name started. */
    public Optional<ChangeFollower.Lag> lag(String name) {
        ChangeFollower follower;
        synchronized (this) {
            follower = started.get(name);
        }
        return Optional.ofNullable(follower).map(ChangeFollower::lag);
    }

    public synchronized List<String> names() {
        return List.copyOf(started.keySet());
    }
}
