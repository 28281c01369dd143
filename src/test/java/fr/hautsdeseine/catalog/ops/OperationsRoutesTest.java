package fr.hautsdeseine.catalog.ops;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.FreshCatalog;
import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.publish.GeneratedRecords;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.DatasetRecord;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCAT;
import org.junit.jupiter.api.Test;

class OperationsRoutesTest {
    /** A sample line of the Prometheus text format: a name, optional labels, a value. */
    private static final Pattern SAMPLE = Pattern.compile(
            "[a-zA-Z_:][a-zA-Z0-9_:]*(\\{([a-zA-Z_][a-zA-Z0-9_]*=\"(\\\\.|[^\"\\\\])*\",?)*})? -?([0-9.eE+-]+|NaN|\\+Inf|-Inf)");

    @Test
    void liveness_and_readiness_answer_apart(@FreshCatalog TestCatalog catalog) {
        HttpResponse<String> live = catalog.get("/health/live");
        HttpResponse<String> ready = catalog.get("/health/ready");

        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).isEqualTo("{\"status\":\"READY\",\"reasons\":[]}");
        assertThat(catalog.get("/health").body()).contains("\"ready\":true");
    }

    @Test
    void readiness_turns_false_with_a_reason_when_a_part_lags() {
        var readiness = new Readiness();
        readiness.register("index", () -> java.util.Optional.of("12 changes behind"));

        assertThat(readiness.reasons()).containsExactly("index: 12 changes behind");
        readiness.stopping();
        assertThat(readiness.reasons()).containsExactly("index: 12 changes behind", "server: shutting down");
    }

    @Test
    void metrics_parse_as_prometheus_text_and_move_with_requests(@FreshCatalog TestCatalog catalog) {
        String before = catalog.get("/metrics").body();

        catalog.get("/datasets/nothing-here");
        catalog.get("/datasets/nothing-there");
        catalog.sparql("ASK { ?s ?p ?o }");
        catalog.send("PUT", "/api/datasets/x", "text/turtle", "".getBytes(StandardCharsets.UTF_8),
                "Authorization", "Bearer wrong");
        HttpResponse<String> scraped = catalog.get("/metrics");

        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        for (String line : scraped.body().split("\n")) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                assertThat(line).matches(SAMPLE);
            }
        }
        String pages = "http_server_requests_seconds_count{method=\"GET\",route=\"/datasets/{id}\",status=\"404\"}";
        assertThat(value(scraped.body(), pages) - value(before, pages)).isEqualTo(2.0);
        assertThat(value(scraped.body(), "catalog_sparql_queries_total{outcome=\"answered\"}")).isEqualTo(1.0);
        assertThat(value(scraped.body(), "catalog_record_writes_total{outcome=\"refused\"}")).isEqualTo(1.0);
        assertThat(value(scraped.body(), "catalog_records")).isEqualTo(0.0);
        assertThat(value(scraped.body(), "catalog_index_lag_entries")).isEqualTo(0.0);
        assertThat(scraped.body()).contains("catalog_follower_lag_entries{follower=\"index\"} 0.0")
                .contains("catalog_follower_lag_seconds{follower=\"index\"} 0.0");
        assertThat(value(scraped.body(), "catalog_replication_lag_entries")).isEqualTo(0.0);
        assertThat(value(scraped.body(), "catalog_replication_lag_seconds")).isEqualTo(0.0);
        assertThat(scraped.body()).contains("catalog_changelog_last ");
        assertThat(value(scraped.body(), "catalog_store_size_bytes")).isGreaterThan(0.0);
        assertThat(scraped.body()).contains("jvm_memory_used_bytes{");
    }

    @Test
    void every_answer_carries_a_request_id_and_keeps_a_sane_one_it_was_given(@FreshCatalog TestCatalog catalog) {
        HttpResponse<String> mine = catalog.get("/health", "X-Request-Id", "abc-123");
        HttpResponse<String> hostile = catalog.get("/health", "X-Request-Id", "a b\"<script>");

        assertThat(mine.headers().firstValue("X-Request-Id")).hasValue("abc-123");
        assertThat(hostile.headers().firstValue("X-Request-Id")).hasValueSatisfying(
                id -> assertThat(id).matches("[0-9a-f]{16}"));
    }

    @Test
    void compaction_needs_the_admin_token(@FreshCatalog TestCatalog catalog) {
        HttpResponse<String> anonymous = catalog.send("POST", "/api/admin/compact", null, new byte[0]);

        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void compaction_of_a_store_with_10000_replaced_records_shrinks_it_while_the_server_answers(@FreshCatalog TestCatalog catalog) throws Exception {
        CatalogStore store = catalog.server().store();
        // Written a hundred records a transaction: each transaction leaves its old B+tree blocks behind.
        for (int round = 0; round < 5; round++) {
            List<DatasetRecord> records = round(store, round, 2_000);
            for (int from = 0; from < records.size(); from += 100) {
                store.putAll(records.subList(from, from + 100), "test");
            }
        }
        AtomicBoolean compacting = new AtomicBoolean(true);
        List<Integer> statuses = new ArrayList<>();
        CompletableFuture<Void> reads = CompletableFuture.runAsync(() -> {
            while (compacting.get()) {
                statuses.add(catalog.get("/catalog.ttl?page_size=10").statusCode());
                statuses.add(catalog.get("/sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8)).statusCode());
            }
        });

        HttpResponse<String> compacted = catalog.write("POST", "/api/admin/compact", null, "");
        compacting.set(false);
        reads.get();

        assertThat(compacted.statusCode()).isEqualTo(200);
        long before = (long) value(compacted.body(), "\"bytesBefore\":");
        long after = (long) value(compacted.body(), "\"bytesAfter\":");
        assertThat(after).isLessThan(before * 2 / 3);
        assertThat(statuses).isNotEmpty().containsOnly(200);
        assertThat(catalog.get("/health").body()).contains("\"records\":2000");
        assertThat(catalog.get("/datasets/ops-01999.ttl").body()).contains("round-4");
    }

    private static List<DatasetRecord> round(CatalogStore store, int round, int count) {
        List<DatasetRecord> records = new ArrayList<>();
        for (DatasetRecord record : GeneratedRecords.records(store.iris(), "ops", 0, count)) {
            record.content().add(record.dataset(), DCAT.keyword.asNode(), NodeFactory.createLiteralString("round-" + round));
            records.add(record);
        }
        return records;
    }

    /** The number after {@code key} in a text: a metric sample, or a JSON field. */
    private static double value(String text, String key) {
        Matcher matcher = Pattern.compile(Pattern.quote(key) + "\\s*(-?[0-9.eE+-]+)").matcher(text);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0.0;
    }
}
