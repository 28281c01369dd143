package fr.hautsdeseine.catalog.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Lookup queries through the catalog's {@code /sparql} and through a standalone Fuseki on a copy of
 * the same store (union default graph on), under the same concurrent load, alternating bursts.
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
        startFuseki(bench);
        try {
            List<Figure> figures = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            for (Lookup lookup : lookups(bench)) {
                IntFunction<URI> ours = i -> bench.uri("/sparql?query=" + URLEncoder.encode(lookup.text().apply(i), StandardCharsets.UTF_8));
                IntFunction<URI> theirs = i -> bench.fusekiQuery(lookup.text().apply(i));
                bench.client.burst(ours, RESULTS, bench.settings.maxRequests(), bench.settings.warmUp());
                bench.client.burst(theirs, RESULTS, bench.settings.maxRequests(), bench.settings.warmUp());
                List<Double> oursPerSecond = new ArrayList<>();
                List<Double> theirsPerSecond = new ArrayList<>();
                int failures = 0;
                for (int round = 0; round < bench.settings.runs(); round++) {
                    LoadClient.Result a = bench.client.burst(ours, RESULTS, bench.settings.maxRequests(), bench.settings.burst());
                    LoadClient.Result b = bench.client.burst(theirs, RESULTS, bench.settings.maxRequests(), bench.settings.burst());
                    oursPerSecond.add(a.perSecond());
                    theirsPerSecond.add(b.perSecond());
                    failures += a.failures() + b.failures();
                }
                double ratio = Stats.median(oursPerSecond) / Stats.median(theirsPerSecond);
                ratios.add(ratio);
                int n = bench.datasets;
                figures.add(Figure.of(n, "/sparql q/s: " + lookup.name(), Stats.round(Stats.median(oursPerSecond), 0), "q/s")
                        .withNote(String.format(Locale.ROOT, "Fuseki %.0f q/s%s", Stats.median(theirsPerSecond),
                                failures > 0 ? "; " + failures + " non-200 answers" : "")));
                figures.add(Figure.of(n, "/sparql ÷ Fuseki: " + lookup.name(), Stats.round(ratio, 2), "ratio")
                        .atLeast(0.9, "≥ 0.9"));
            }
            figures.add(Figure.of(bench.datasets, "/sparql ÷ Fuseki: median of the lookups", Stats.round(Stats.median(ratios), 2), "ratio")
                    .atLeast(0.9, "≥ 0.9"));
            return figures;
        } finally {
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

    private static void startFuseki(Workbench bench) throws Exception {
        Path work = bench.paths.work();
        Path config = work.resolve("fuseki-" + bench.datasets + ".ttl");
        Files.writeString(config, """
                PREFIX fuseki: <http://jena.apache.org/fuseki#>
                PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>
                PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>

                <#service> rdf:type fuseki:Service ;
                    fuseki:name "ds" ;
                    fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
                    fuseki:dataset <#dataset> .

                # The catalog's SPARQL default graph is the union of its named graphs: the same here.
                <#dataset> rdf:type tdb2:DatasetTDB2 ;
                    tdb2:location "%s" ;
                    tdb2:unionDefaultGraph true .
                """.formatted(storeCopy(bench).toAbsolutePath()));
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
        bench.fuseki = ServerProcess.start(List.of("-Dlog4j.configurationFile=" + log4j, "-jar", bench.paths.fusekiJar().toString(),
                        "--config", config.toString(), "--port", Integer.toString(bench.fusekiPort)),
                // FUSEKI_BASE: where the server keeps its run files (else ./run in the working directory).
                java.util.Map.of("FUSEKI_BASE", work.resolve("fuseki-base").toString()),
                bench.fusekiQuery("ASK {}"), work, "fuseki-" + bench.datasets);
    }
}
