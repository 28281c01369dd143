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

    void json(Path file, Machine machine, Workbench.Settings settings, List<Figure> figures) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("machine", machine);
        document.put("settings", Map.of("mode", settings.mode(), "runs", settings.runs(),
                "burstSeconds", settings.burst().toSeconds(), "warmUpSeconds", settings.warmUp().toSeconds(),
                "maxRequestsPerBurst", settings.maxRequests(), "concurrency", settings.concurrency()));
        document.put("figures", figures);
        Files.createDirectories(file.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), document);
    }

    void markdown(Path file, Machine machine, Workbench.Settings settings, List<Figure> figures) throws IOException {
        StringBuilder page = new StringBuilder();
        page.append("# Benchmarks\n\n")
                .append("Written by `").append(machine.command()).append("` on ").append(machine.date())
                .append("; rerun that command to refresh this page (every figure is also in `target/bench/results.json`).\n\n")
                .append("Machine: ").append(machine.cores()).append(" cores, ").append(NUMBER.format(machine.memoryMb()))
                .append(" MB of memory, ").append(machine.java()).append(", ").append(machine.os())
                .append("; load average at the start ").append(machine.loadAverage()).append(".\n\n")
                .append("The machine is shared with other builds and test runs, so absolute figures move from run to run: ")
                .append("each figure is the median of ").append(settings.runs()).append(" runs after a warm-up, and each ")
                .append("comparison (import ÷ bulk loader, `/sparql` ÷ Fuseki) is a ratio of runs made in the same run, ")
                .append("alternating, which holds better than either figure alone. Load runs use ")
                .append(settings.concurrency()).append(" concurrent clients on loopback, each burst bounded to ")
                .append(settings.burst().toSeconds()).append(" s and ").append(NUMBER.format(settings.maxRequests()))
                .append(" requests. A feature that is not built yet is reported as *not available yet*.\n\n")
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
            - **Import**: wall-clock time of the CLI import of the whole file (a new JVM each run), against Jena's TDB2
              phased bulk loader (the default of `tdb2.tdbloader`) loading the same file into a fresh store, also in
              its own JVM. Both figures include JVM start-up.
            - **Validation alone**: `catalog.jar validate FILE`, per record.
            - **Catalog paging**: page 1 and the last page of `/catalog` as Turtle (median of 20 sequential requests),
              and a full harvest following `hydra:next`, each page parsed.
            - **Dataset pages and search**: closed-loop load from a Java HTTP client in its own JVM on loopback.
            - **SPARQL**: five lookups sent as `GET /sparql?query=...` to the catalog and to a standalone Fuseki
              (`jena-fuseki-server` 5.6.0, union default graph, request log at WARN) on a copy of the same store,
              in alternating bursts.
            - **Start-up**: from launch to the first `200` of `/health` on the imported store. **Peak RSS**: from
              `/usr/bin/time -v` over the whole run of the server.
            """;
}
