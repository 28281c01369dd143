package fr.hautsdeseine.catalog.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.time.Duration;
import java.util.function.IntFunction;

/**
 * Lookup queries through the catalog's {@code /sparql} and through a standalone Fuseki on a copy of
 * the same store (union default graph on), from the same load generator at the same concurrency,
 * alternating bursts. Judged against Fuseki with Jetty's default output buffer; Fuseki as shipped is
 * shown for one lookup.
 */
final class SparqlVersusFuseki implements Measurement {
    private static final String PREFIXES = "PREFIX dcat: <http://www.w3.org/ns/dcat#> PREFIX dct: <http://purl.org/dc/terms/> ";
    private static final String RESULTS = "application/sparql-results+json";
    private static final List<String> THEMES = List.of("SOCI", "ENVI", "TRAN", "GOVE", "EDUC", "ECON");
    private static final List<String> PUBLISHERS = List.of("departement-des-hauts-de-seine", "ville-de-nanterre",
            "ile-de-france-mobilites", "ville-de-antony", "musee-departemental-albert-kahn");

    /** A kind of lookup: request {@code i} asks the query {@code text.apply(i)}. */
    private record Lookup(String name, IntFunction<String> text) {
    }

    static Path storeCopy(Workbench bench) {
        return bench.paths.work().resolve("fuseki-store-" + bench.datasets);
    }

    @Override
    public String title() {
        return "sparql";
    }

    @Override
    public List<Figure> measure(Workbench bench) throws Exception {
        List<Lookup> lookups = lookups(bench);
        List<Figure> figures = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        int n = bench.datasets;
        startFuseki(bench, true);
        try {
            // Both JVMs need more than one short burst before their JIT settles.
            warmUp(bench, lookups.get(0), Duration.ofSeconds(3));
            for (Lookup lookup : lookups) {
                Comparison comparison = compare(bench, lookup);
                if (comparison.ours() == 0 || comparison.theirs() == 0) {
                    // An aggregate over the whole catalog can outlast a burst (and our query time limit): no ratio then.
                    figures.add(new Figure(n, "/sparql ÷ Fuseki: " + lookup.name(), null, "", "≥ 0.9", "not measured",
                            String.format(Locale.ROOT, "ours %.1f q/s, Fuseki %.1f q/s in %d s bursts; %d non-200 answers",
                                    comparison.ours(), comparison.theirs(), bench.settings.burst().toSeconds(), comparison.failures())));
                    continue;
                }
                ratios.add(comparison.ratio());
                figures.add(Figure.of(n, "/sparql q/s: " + lookup.name(), Stats.round(comparison.ours(), 0), "q/s")
                        .withNote(String.format(Locale.ROOT, "Fuseki %.0f q/s; %s%s", comparison.theirs(), bench.loadGenerator(),
                                comparison.failures() > 0 ? "; " + comparison.failures() + " non-200 answers" : "")));
                figures.add(Figure.of(n, "/sparql ÷ Fuseki: " + lookup.name(), Stats.round(comparison.ratio(), 2), "ratio")
                        .atLeast(0.9, "≥ 0.9"));
            }
            figures.add(Figure.of(n, "/sparql ÷ Fuseki: median of the lookups", Stats.round(Stats.median(ratios), 2), "ratio")
                    .atLeast(0.9, "≥ 0.9").withNote("Fuseki with Jetty's default 32 KB output buffer"));
        } finally {
            stopFuseki(bench);
        }
        if (n < 10_000) {
            return figures;
        }
        // Fuseki as shipped: its 5 MB response buffer, a fresh direct buffer for every answer, is what made it slow.
        startFuseki(bench, false);
        try {
            warmUp(bench, lookups.get(0), Duration.ofSeconds(3));
            Comparison stock = compare(bench, lookups.get(0));
            figures.add(Figure.of(n, "/sparql ÷ Fuseki as shipped: " + lookups.get(0).name(), Stats.round(stock.ratio(), 2),
                    "ratio").withNote(String.format(Locale.ROOT, "ours %.0f q/s, Fuseki %.0f q/s; Fuseki's own 5 MB output buffer",
                    stock.ours(), stock.theirs())));
        } finally {
            stopFuseki(bench);
        }
        return figures;
    }

    /** Medians of alternating bursts: ours, then Fuseki, {@code runs} times. */
    private record Comparison(double ours, double theirs, int failures) {
        double ratio() {
            return ours / theirs;
        }
    }

    private static Comparison compare(Workbench bench, Lookup lookup) throws Exception {
        IntFunction<URI> ours = ours(bench, lookup);
        IntFunction<URI> theirs = i -> bench.fusekiQuery(lookup.text().apply(i));
        bench.burst(ours, RESULTS, bench.settings.warmUp());
        bench.burst(theirs, RESULTS, bench.settings.warmUp());
        List<Double> oursPerSecond = new ArrayList<>();
        List<Double> theirsPerSecond = new ArrayList<>();
        int failures = 0;
        for (int round = 0; round < bench.settings.runs(); round++) {
            LoadClient.Result a = bench.burst(ours, RESULTS, bench.settings.burst());
            LoadClient.Result b = bench.burst(theirs, RESULTS, bench.settings.burst());
            oursPerSecond.add(a.perSecond());
            theirsPerSecond.add(b.perSecond());
            failures += a.failures() + b.failures();
        }
        return new Comparison(Stats.median(oursPerSecond), Stats.median(theirsPerSecond), failures);
    }

    private static void warmUp(Workbench bench, Lookup lookup, Duration duration) throws Exception {
        bench.burst(ours(bench, lookup), RESULTS, duration);
        bench.burst(i -> bench.fusekiQuery(lookup.text().apply(i)), RESULTS, duration);
    }

    private static IntFunction<URI> ours(Workbench bench, Lookup lookup) {
        return i -> bench.uri("/sparql?query=" + URLEncoder.encode(lookup.text().apply(i), StandardCharsets.UTF_8));
    }

    private static void stopFuseki(Workbench bench) throws Exception {
        if (bench.fuseki != null) {
            double peak = bench.fuseki.stop();
            bench.fuseki = null;
            System.out.printf(Locale.ROOT, "  Fuseki peak RSS %.0f MB%n", peak);
        }
    }

    private static List<Lookup> lookups(Workbench bench) {
        List<String> ids = bench.ids;
        IntFunction<String> dataset = i -> "<" + bench.baseUrl() + "/datasets/" + ids.get(Math.floorMod(i * 7919, ids.size())) + ">";
        return List.of(
                new Lookup("title of a dataset by IRI", i -> PREFIXES + "SELECT ?title WHERE { " + dataset.apply(i) + " dct:title ?title }"),
                new Lookup("distributions and formats of a dataset", i -> PREFIXES + "SELECT ?dist ?format ?url WHERE { "
                        + dataset.apply(i) + " dcat:distribution ?dist . ?dist dct:format ?format OPTIONAL { ?dist dcat:downloadURL ?url } }"),
                new Lookup("datasets of a theme, LIMIT 20", i -> PREFIXES + "SELECT ?d ?title WHERE { ?d a dcat:Dataset ; dcat:theme "
                        + "<http://publications.europa.eu/resource/authority/data-theme/" + THEMES.get(i % THEMES.size())
                        + "> ; dct:title ?title } LIMIT 20"),
                new Lookup("datasets of a publisher, LIMIT 50", i -> PREFIXES + "SELECT ?d WHERE { ?d dct:publisher <" + bench.baseUrl()
                        + "/publishers/" + PUBLISHERS.get(i % PUBLISHERS.size()) + "> } LIMIT 50"),
                new Lookup("count of distributions by format", i -> PREFIXES + "SELECT ?format (COUNT(?dist) AS ?n) WHERE { "
                        + "?dist a dcat:Distribution ; dct:format ?format } GROUP BY ?format"));
    }

    /**
     * The standalone server by its plain main command on the store copy, union default graph on, log at
     * WARN; {@code jettyDefaults} replaces Fuseki's 5 MB response buffer by Jetty's default 32 KB one.
     */
    private static void startFuseki(Workbench bench, boolean jettyDefaults) throws Exception {
        Path work = bench.paths.work();
        Path log4j = work.resolve("fuseki-log4j2.properties");
        // Request logging at WARN, as the catalog server does: INFO request logs cost throughput.
        Files.writeString(log4j, """
                status = error
                appender.console.type = Console
                appender.console.name = OUT
                appender.console.layout.type = PatternLayout
                appender.console.layout.pattern = %d %-5p %c{1} :: %m%n
                rootLogger.level = WARN
                rootLogger.appenderRef.out.ref = OUT
                """);
        bench.fusekiPort = Ports.free();
        List<String> arguments = new ArrayList<>(List.of("-Dlog4j.configurationFile=" + log4j, "-cp",
                bench.paths.fusekiJar().toString(), "org.apache.jena.fuseki.main.cmds.FusekiMainCmd",
                "--loc=" + storeCopy(bench).toAbsolutePath(), "--set", "tdb:unionDefaultGraph=true"));
        if (jettyDefaults) {
            Path jetty = work.resolve("fuseki-jetty.xml");
            Files.writeString(jetty, JETTY_XML.formatted(bench.fusekiPort));
            arguments.add("--jetty=" + jetty);
        } else {
            arguments.add("--port=" + bench.fusekiPort);
        }
        arguments.add("/ds");
        bench.fuseki = ServerProcess.start(arguments,
                // FUSEKI_BASE: where the server keeps its run files (else ./run in the working directory).
                java.util.Map.of("FUSEKI_BASE", work.resolve("fuseki-base").toString()),
                bench.fusekiQuery("ASK {}"), work, "fuseki-" + bench.datasets);
    }

    /** One HTTP/1.1 connector on loopback with Jetty's default output buffer (Fuseki sets 5 MB). */
    private static final String JETTY_XML = """
            <?xml version="1.0"?>
            <!DOCTYPE Configure PUBLIC "-//Jetty//Configure//EN" "https://jetty.org/configure_10_0.dtd">
            <Configure id="Server" class="org.eclipse.jetty.server.Server">
              <Call name="addConnector">
                <Arg>
                  <New class="org.eclipse.jetty.server.ServerConnector">
                    <Arg name="server"><Ref refid="Server"/></Arg>
                    <Arg name="factories">
                      <Array type="org.eclipse.jetty.server.ConnectionFactory">
                        <Item>
                          <New class="org.eclipse.jetty.server.HttpConnectionFactory">
                            <Arg name="config">
                              <New class="org.eclipse.jetty.server.HttpConfiguration">
                                <Set name="outputBufferSize">32768</Set>
                              </New>
                            </Arg>
                          </New>
                        </Item>
                      </Array>
                    </Arg>
                    <Set name="host">127.0.0.1</Set>
                    <Set name="port">%d</Set>
                  </New>
                </Arg>
              </Call>
            </Configure>
            """;
}
