package fr.hautsdeseine.catalog.harvest;

import fr.hautsdeseine.catalog.bench.Files2;
import fr.hautsdeseine.catalog.config.HarvestConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Measures harvest throughput (not a test): a generated partner catalog of N valid datasets in pages
 * of 100 Turtle documents with hydra:next, served over loopback, harvested into a fresh store, twice
 * (first run: all new; second: all unchanged). With {@code faults}, one dataset in three carries the
 * faults of real partner catalogs that the salvage repairs or drops (see {@link #FAULTS}).
 * Usage: {@code HarvestThroughput [datasets] [faults]}.
 */
public final class HarvestThroughput {
    private static final int PAGE = 100;

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        boolean faults = args.length > 1 && args[1].equals("faults");
        Path dir = Files.createTempDirectory("harvest-throughput");
        try {
            try (PartnerServer partner = new PartnerServer();
                 HarvestFixture harvest = new HarvestFixture(dir, HarvestConfig.defaults()
                         .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30)))) {
                int pages = (total + PAGE - 1) / PAGE;
                for (int p = 0; p < pages; p++) {
                    partner.on("/catalog.ttl?page=" + (p + 1), PartnerServer.body(200, "text/turtle",
                            page(p, Math.min(PAGE, total - p * PAGE), p + 1 < pages ? partner.url("/catalog.ttl?page=" + (p + 2)) : null,
                                    faults)));
                }
                harvest.service.add(new HarvestSource("bench", HarvestSource.parseUrl(partner.url("/catalog.ttl?page=1")),
                        SourceType.DCAT, java.util.Optional.empty()));
                for (String label : new String[] {"first run (all new)", "second run (all unchanged)"}) {
                    long start = System.nanoTime();
                    HarvestReport report = harvest.run("bench");
                    double seconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf("%s: %s%n  %.1f s, %.0f datasets/s, %d repairs and drops noted%n", label, report.summary(),
                            seconds, total / seconds, report.notes().size());
                }
            }
        } finally {
            Files2.delete(dir);   // gigabytes at 10,000 datasets: never left behind in the temporary directory
        }
    }

    /**
     * What a faulty dataset carries: no dct:identifier, a description in HTML, a language code and a
     * frequency and licence as text, an empty date, a contact without name, two encodings of one box,
     * a checksum without algorithm and a distribution without URL.
     */
    private static final String FAULTS = """
            <https://partner.example/datasets/f%1$d> a dcat:Dataset ;
              dct:title "Jeu défectueux %1$d"@fr ; dct:description "<p>Description <b>HTML</b> du jeu %1$d.</p>"@fr ;
              dct:publisher <https://partner.example/agents/a%1$d> ; dct:language "fr" ; dct:accrualPeriodicity "daily" ;
              dct:license "Licence Ouverte v2.0" ; dct:issued ""^^xsd:date ; dct:modified "2024-01-01" ;
              dct:spatial [ a dct:Location ;
                dcat:bbox "POLYGON((2.2 48.8,2.3 48.8,2.3 48.9,2.2 48.9,2.2 48.8))"^^<http://www.opengis.net/ont/geosparql#wktLiteral> ,
                  "{\\"type\\":\\"Polygon\\",\\"coordinates\\":[[[2.2,48.8],[2.3,48.8],[2.3,48.9],[2.2,48.9],[2.2,48.8]]]}"^^<http://www.opengis.net/ont/geosparql#geoJSONLiteral> ] ;
              dcat:distribution <https://partner.example/datasets/f%1$d#csv>, <https://partner.example/datasets/f%1$d#nothing> .
            <https://partner.example/agents/a%1$d> a foaf:Agent ; <http://www.w3.org/2004/02/skos/core#prefLabel> "Service %1$d" .
            <https://partner.example/datasets/f%1$d#csv> a dcat:Distribution ;
              dcat:downloadURL "https://partner.example/files/f%1$d.csv" ; dct:format "CSV" ;
              <http://spdx.org/rdf/terms#checksum> [ <http://spdx.org/rdf/terms#checksumValue> "0a1b2c3d" ] .
            <https://partner.example/datasets/f%1$d#nothing> a dcat:Distribution ; dct:title "Fichier perdu" .
            """;

    private static String page(int index, int count, String next, boolean faults) {
        StringBuilder ttl = new StringBuilder("""
                @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
                @prefix foaf: <http://xmlns.com/foaf/0.1/> . @prefix hydra: <http://www.w3.org/ns/hydra/core#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <https://partner.example/> a foaf:Agent ; foaf:name "Partenaire"@fr .
                """);
        for (int i = 0; i < count; i++) {
            int n = index * PAGE + i;
            if (faults && n % 3 == 0) {
                ttl.append(FAULTS.formatted(n));
                continue;
            }
            ttl.append("""
                    <https://partner.example/datasets/d%1$d> a dcat:Dataset ; dct:identifier "d%1$d" ;
                      dct:title "Jeu de données %1$d"@fr ; dct:description "Description du jeu %1$d."@fr ;
                      dct:publisher <https://partner.example/> ; dcat:keyword "mot%2$d"@fr ;
                      dct:modified "2024-01-01"^^xsd:date ;
                      dct:temporal [ a dct:PeriodOfTime ; dcat:startDate "2020-01-01"^^xsd:date ] ;
                      dcat:distribution <https://partner.example/datasets/d%1$d#csv> .
                    <https://partner.example/datasets/d%1$d#csv> a dcat:Distribution ;
                      dcat:downloadURL <https://partner.example/files/d%1$d.csv> ;
                      dct:format <http://publications.europa.eu/resource/authority/file-type/CSV> .
                    """.formatted(n, n % 50));
        }
        ttl.append("<https://partner.example/catalog.ttl?page=").append(index + 1).append("> a hydra:PartialCollectionView");
        ttl.append(next == null ? " .\n" : " ; hydra:next <" + next + "> .\n");
        return ttl.toString();
    }
}
