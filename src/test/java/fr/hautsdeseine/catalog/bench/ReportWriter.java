package fr.hautsdeseine.catalog.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes the figures of a run as JSON (every figure) and as the Markdown page docs/benchmarks.md. */
final class ReportWriter {
    private static final DecimalFormat NUMBER = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    private final long minutes;

    /** @param minutes how long the whole run took, build included */
    ReportWriter(long minutes) {
        this.minutes = minutes;
    }

    void json(Path file, Machine machine, Workbench.Settings settings, List<Figure> figures) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("machine", machine);
        document.put("settings", Map.of("mode", settings.mode(), "runs", settings.runs(),
                "burstSeconds", settings.burst().toSeconds(), "warmUpSeconds", settings.warmUp().toSeconds(),
                "maxRequestsPerBurst", settings.maxRequests(), "concurrency", settings.concurrency(), "runMinutes", minutes));
        document.put("figures", figures);
        Files.createDirectories(file.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), document);
    }

    /** The first heading of the part of the page written by hand, which a run keeps as it is. */
    static final String HAND_WRITTEN = "## Reading of this run";

    /** The page's hand-written sections (analyses, hand-measured figures), from {@link #HAND_WRITTEN} to the end. */
    static String handWritten(Path file) throws IOException {
        if (!Files.exists(file)) {
            return "";
        }
        String page = Files.readString(file);
        int from = page.indexOf("\n" + HAND_WRITTEN);
        return from < 0 ? "" : page.substring(from);
    }

    void markdown(Path file, Machine machine, Workbench.Settings settings, List<Figure> figures) throws IOException {
        StringBuilder page = new StringBuilder();
        page.append("# Benchmarks\n\n")
                .append("Written by `").append(machine.command()).append("` on ").append(machine.date())
                .append("; rerun that command to refresh this page (every figure is also in `target/bench/results.json`).\n\n")
                .append("Machine: ").append(machine.cores()).append(" cores, ").append(NUMBER.format(machine.memoryMb()))
                .append(" MB of memory, ").append(machine.java()).append(", ").append(machine.os())
                .append("; load average at the start ").append(machine.loadAverage())
                .append(". The run took ").append(minutes).append(" minutes, build included.\n\n")
                .append("**The machine is shared with other engineers' builds and test runs** (see the load average), ")
                .append("so absolute figures move from run to run: quote medians and ratios. Each load figure is the median of ")
                .append(settings.runs()).append(" bursts of ").append(settings.burst().toSeconds())
                .append(" s after a warm-up, and each comparison (import ÷ bulk loader, `/sparql` ÷ Fuseki) is a ratio of ")
                .append("runs made in the same run, alternating, which holds better than either figure alone. Load comes from ")
                .append("`wrk` (Debian's, a separate process on loopback; the Java client when wrk is absent) with ")
                .append(settings.concurrency()).append(" connections, on the same 2 cores as the server.\n\n")
                .append("| datasets | measure | figure | target | verdict | note |\n")
                .append("|---:|---|---:|---|---|---|\n");
        for (Figure figure : figures) {
            page.append("| ").append(NUMBER.format(figure.datasets()))
                    .append(" | ").append(figure.measure())
                    .append(" | ").append(figure.value() == null ? "–" : NUMBER.format(figure.value()) + " " + figure.unit())
                    .append(" | ").append(figure.target())
                    .append(" | ").append(verdict(figure.verdict()))
                    .append(" | ").append(figure.note().replace("|", "\\|"))
                    .append(" |\n");
        }
        page.append("\n").append(EXPLANATIONS);
        page.append(handWritten(file));
        Files.writeString(file, page.toString());
    }

    private static String verdict(String verdict) {
        return switch (verdict) {
            case "met" -> "met";
            case "missed" -> "**missed**";
            case "not available yet" -> "*not available yet*";
            default -> verdict;
        };
    }

    private static final String EXPLANATIONS = """
            ## What is measured

            - **Catalogs**: `catalog.jar generate --datasets N --seed 1` (1,000 and 10,000 datasets; `full` adds 100,000),
              imported with `catalog.jar import` into a fresh store; the server runs on it with `CATALOG_DEMO=false`.
            - **Import**: wall-clock time of the CLI import of the whole file (parse, split, SHACL validation of every
              record, one transaction; a new JVM each run), against Jena's TDB2 phased bulk loader (the default of
              `tdb2.tdbloader`, no validation) loading the same file into a fresh store, also in its own JVM. Both
              include JVM start-up. Peak RSS from `/usr/bin/time -v`.
            - **Validation alone**: the shipped `RecordValidator` in the benchmark's JVM on the generated records, one
              at a time (median per record after a warm-up; 1,000 records sampled; above 10,000 datasets, from the
              first 10,000 of the same generator), and the demo catalog (`src/main/resources/demo/hds-catalog.ttl`)
              validated as one document, as the server does.
            - **Catalog paging**: `/catalog.ttl?page_size=100` and the page its `hydra:last` names (median of 20
              sequential GETs each, alternating, after a warm-up), and a full harvest from page 1 following
              `hydra:next`, each page parsed.
            - **Dataset pages**: `/datasets/{id}` with `Accept: text/html` and with `Accept: text/turtle`, cycling
              through 2,000 ids. The server keeps rendered HTML pages until the store changes: each page is first
              requested once (the "first request of each page" row: pages rendered per second), then the load
              measures the pages as a visited catalog serves them. **Search**: `/datasets?q=WORD&theme=EU_THEME_IRI&format=EU_FILE_TYPE_IRI`, words,
              themes and formats the generated catalog uses.
            - **SPARQL**: five lookups sent as `GET /sparql?query=...` (`Accept: application/sparql-results+json`) to
              the catalog and to a standalone Fuseki (`jena-fuseki-server` 5.6.0 by its plain main command
              `FusekiMainCmd --loc=STORE --set tdb:unionDefaultGraph=true /ds`, log at WARN) on a copy of the same
              store, from the same load generator at the same concurrency, in alternating bursts. The judged
              baseline runs Fuseki with Jetty's default 32 KB output buffer (`--jetty=` file): as shipped, Fuseki
              sets a 5 MB output buffer, which Jetty 12's buffer pool does not keep, so every answer allocates and
              zeroes a fresh 5 MB direct buffer (reclaimed only by GC); that, not query execution, is what made a
              one-title lookup take ~100 ms on Fuseki. The last SPARQL row of each size from 10,000 compares with
              Fuseki as shipped. A lookup that neither server answers within a burst gets no ratio ("not measured").
            - **Start-up**: from launch to the first `200` of `/health`. The first start after the import opens
              the index the import brought up to date (its own row); the start-up rows are the medians of the
              starts after it, on an existing store and its index, alternately without and with a class data
              sharing archive made by `class-archive` (`java -XX:SharedArchiveFile=...`, as the systemd unit starts it).
            - **API write**: `PUT /api/datasets/{id}` of one generated record, its title changed each time, timed
              until the answer (sent once the store, the change log and the index hold the write).
              **Peak RSS**: from `/usr/bin/time -v` over the whole run of the server.
            """;
}
