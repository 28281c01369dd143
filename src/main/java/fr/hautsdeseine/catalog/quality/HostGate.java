package fr.hautsdeseine.catalog.quality;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/** At most N requests at a time to one host, each holding its place for a pause after it ends. */
final class HostGate {
    private final int perHost;
    private final Duration pause;
    private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();

    HostGate(int perHost, Duration pause) {
        this.perHost = perHost;
        this.pause = pause;
    }

    <T> T through(String host, Supplier<T> request) {
        Semaphore permits = hosts.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new Semaphore(perHost, true));
        permits.acquireUninterruptibly();
        try {
            return request.get();
        } finally {
            sleep(pause);
            permits.release();
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
