package fr.hautsdeseine.catalog.ops;

import fr.hautsdeseine.catalog.store.ChangeFollower;
import fr.hautsdeseine.catalog.store.Followers;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The server's metrics, in one Micrometer registry scraped as Prometheus text at {@code /metrics}.
 * docs/operations.md lists every metric; the names below are the ones it documents.
 */
public final class ServerMetrics implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    public ServerMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
    }

    /** One HTTP request: its route template (not its path, so that ids do not make new series), method and status. */
    public void request(String route, String method, int status, long nanos) {
        Timer.builder("http.server.requests")
                .description("HTTP requests by route template, method and status")
                .tag("route", route).tag("method", method).tag("status", Integer.toString(status))
                .publishPercentileHistogram()
                .serviceLevelObjectives(Duration.ofMillis(25), Duration.ofMillis(100), Duration.ofSeconds(1))
                .register(registry)
                .record(Duration.ofNanos(nanos));
    }

    /** One request to /sparql that carried a query, by what became of it. */
    public void sparqlQuery(SparqlOutcome outcome) {
        Counter.builder("catalog.sparql.queries").description("SPARQL queries by outcome")
                .tag("outcome", outcome.label()).register(registry).increment();
    }

    /** One write through the API, by what became of it. */
    public void recordWrite(WriteOutcome outcome) {
        Counter.builder("catalog.record.writes").description("Record writes through the API by outcome")
                .tag("outcome", outcome.label()).register(registry).increment();
    }

    /** One finished harvest run of a source, and its record counts. */
    public void harvestRun(String source, String status, int created, int updated, int withdrawn, int refused) {
        Counter.builder("catalog.harvest.runs").description("Harvest runs by source and status")
                .tag("source", source).tag("status", status).register(registry).increment();
        harvestRecords(source, "created", created);
        harvestRecords(source, "updated", updated);
        harvestRecords(source, "withdrawn", withdrawn);
        harvestRecords(source, "refused", refused);
    }

    private void harvestRecords(String source, String outcome, int count) {
        Counter.builder("catalog.harvest.records").description("Records of harvest runs by source and outcome")
                .tag("source", source).tag("outcome", outcome).register(registry).increment(count);
    }

    /** A value read when the metrics are scraped, such as the record count or a follower's lag. */
    public void gauge(String name, String description, String unit, Supplier<Number> value) {
        Gauge.builder(name, value).description(description).baseUnit(unit).register(registry);
    }

    /**
     * Every change follower's lag, under one pair of gauges tagged with the follower's name, whatever it
     * follows for (an index, a feed, a replica), including followers started later.
     */
    public void followers(Followers followers) {
        followers.onStart(name -> {
            Gauge.builder("catalog.follower.lag.entries", () -> followers.lag(name).map(ChangeFollower.Lag::entries).orElse(0L))
                    .description("Change log entries the follower has not applied yet").tag("follower", name)
                    .register(registry);
            Gauge.builder("catalog.follower.lag.seconds", () -> followers.lag(name).map(ChangeFollower.Lag::seconds).orElse(0.0))
                    .description("Seconds since the oldest change log entry the follower has not applied yet committed")
                    .tag("follower", name).register(registry);
        });
    }

    /** How far behind replication runs: unshipped entries on a primary, unapplied ones on a replica. */
    public void replication(Supplier<ChangeFollower.Lag> lag) {
        gauge("catalog.replication.lag.entries", "Change log entries not yet shipped (primary) or applied (replica)",
                null, () -> lag.get().entries());
        gauge("catalog.replication.lag.seconds", "Age of the oldest change log entry not yet shipped or applied",
                null, () -> lag.get().seconds());
    }

    /** The Prometheus text exposition format, version 0.0.4. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }

    /** What became of a SPARQL query, as the endpoint answered it. */
    public enum SparqlOutcome {
        ANSWERED, REFUSED, BUSY, TIMEOUT, FAILED;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** 503 with Retry-After is the concurrency cap; 503 without it is the time limit (Fuseki's answer). */
        public static SparqlOutcome of(int status, boolean retryAfter) {
            if (status < 400) {
                return ANSWERED;
            }
            if (status == 503) {
                return retryAfter ? BUSY : TIMEOUT;
            }
            return status < 500 ? REFUSED : FAILED;
        }
    }

    /** What became of a record write. */
    public enum WriteOutcome {
        STORED, INVALID, REFUSED, FAILED;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** 422 is a record the shapes or the ingest rules refused; other 4xx are refused requests. */
        public static WriteOutcome of(int status) {
            if (status < 400) {
                return STORED;
            }
            if (status == 422) {
                return INVALID;
            }
            return status < 500 ? REFUSED : FAILED;
        }
    }
}
