package fr.hautsdeseine.catalog.bench;

import java.util.List;
import java.util.Random;

/** Plausible, valid DCAT-AP records in Turtle, many at a time, for timing the site at scale. */
final class SiteRecordGenerator {
    private static final List<String> THEMES = List.of("EDUC", "ENVI", "TRAN", "SOCI", "REGI", "ECON", "GOVE", "HEAL");
    private static final List<String> FORMATS = List.of("CSV", "JSON", "GEOJSON", "XLSX", "SHP");
    private static final List<String> FREQUENCIES = List.of("ANNUAL", "MONTHLY", "DAILY", "IRREG", "QUARTERLY");
    private static final List<String> LICENCES = List.of("https://www.etalab.gouv.fr/licence-ouverte-open-licence",
            "http://opendatacommons.org/licenses/odbl/1-0/");
    private static final List<String> NOUNS = List.of("collèges", "écoles", "parcs", "arbres", "routes", "bibliothèques",
            "musées", "crèches", "gymnases", "piscines", "marchés", "subventions", "budgets", "élections", "archives",
            "équipements", "stationnements", "vélos", "bus", "déchets");
    private static final List<String> QUALIFIERS = List.of("publics", "départementaux", "communaux", "du territoire",
            "de Boulogne-Billancourt", "de Nanterre", "de Sceaux", "historiques", "accessibles", "rénovés");

    private final Random random = new Random(42);

    /** The records numbered from {@code first}, as one Turtle document. */
    String turtle(int first, int count) {
        StringBuilder ttl = new StringBuilder("""
                @prefix dcat: <http://www.w3.org/ns/dcat#> .
                @prefix dct: <http://purl.org/dc/terms/> .
                @prefix foaf: <http://xmlns.com/foaf/0.1/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                @prefix csvw: <http://www.w3.org/ns/csvw#> .
                @prefix hds: <https://opendata.hauts-de-seine.fr/ns/catalog#> .
                """);
        for (int n = first; n < first + count; n++) {
            String id = "generated-" + n;
            String noun = pick(NOUNS);
            String title = capitalise(noun) + " " + pick(QUALIFIERS) + " n° " + n;
            String publisher = "publishers/organisme-" + (n % 40);
            ttl.append("""
                    <datasets/%1$s> a dcat:Dataset ;
                        dct:identifier "%1$s" ;
                        dct:title "%2$s"@fr ;
                        dct:description "Liste des %3$s %4$s, avec leur adresse, leur état et leurs horaires."@fr ;
                        dct:publisher <%5$s> ;
                        dcat:theme <http://publications.europa.eu/resource/authority/data-theme/%6$s> ;
                        dcat:keyword "%3$s"@fr, "%7$s"@fr ;
                        dct:accrualPeriodicity <http://publications.europa.eu/resource/authority/frequency/%8$s> ;
                        dct:modified "20%9$02d-%10$02d-%11$02d"^^xsd:date ;
                        dcat:distribution <datasets/%1$s#file> ;
                        hds:notice [ a hds:Notice ; dct:description "Notice des %3$s."@fr ;
                            csvw:tableSchema [ a csvw:Schema ; csvw:column (
                                [ a csvw:Column ; csvw:name "nom" ; csvw:title "Nom"@fr ; csvw:datatype xsd:string ]
                                [ a csvw:Column ; csvw:name "commune" ; csvw:title "Commune"@fr ; csvw:datatype xsd:string ] ) ] ] .
                    <datasets/%1$s#file> a dcat:Distribution ;
                        dcat:downloadURL <https://data.example.org/%1$s.csv> ;
                        dcat:accessURL <https://data.example.org/%1$s.csv> ;
                        dct:format <http://publications.europa.eu/resource/authority/file-type/%12$s> ;
                        dct:license <%13$s> .
                    <%5$s> a foaf:Organization ; foaf:name "Organisme %14$d"@fr .
                    """.formatted(id, title, noun, pick(QUALIFIERS), publisher, pick(THEMES), pick(NOUNS), pick(FREQUENCIES),
                    10 + random.nextInt(15), 1 + random.nextInt(12), 1 + random.nextInt(28), pick(FORMATS), pick(LICENCES),
                    n % 40));
        }
        return ttl.toString();
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
