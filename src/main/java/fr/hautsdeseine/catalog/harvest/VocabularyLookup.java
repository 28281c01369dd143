package fr.hautsdeseine.catalog.harvest;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.SKOS;

/**
 * Finds the concept of an EU table that a partner named with text: "JSON", ".csv", "text/csv",
 * "daily", "en", "Licence Ouverte Version 2.0". Keys are folded (case, accents, spaces).
 */
final class VocabularyLookup {
    private static final String HDS = "https://opendata.hauts-de-seine.fr/ns/catalog#";
    private static final String EU = "http://publications.europa.eu/resource/authority/";

    /** ISO 639-1 codes partners use, to the EU language table. */
    private static final Map<String, String> TWO_LETTER_LANGUAGES = Map.ofEntries(
            Map.entry("fr", "FRA"), Map.entry("en", "ENG"), Map.entry("de", "DEU"), Map.entry("es", "SPA"),
            Map.entry("it", "ITA"), Map.entry("nl", "NLD"), Map.entry("pt", "POR"), Map.entry("el", "ELL"),
            Map.entry("pl", "POL"), Map.entry("sv", "SWE"), Map.entry("da", "DAN"), Map.entry("fi", "FIN"),
            Map.entry("cs", "CES"), Map.entry("sk", "SLK"), Map.entry("sl", "SLV"), Map.entry("hu", "HUN"),
            Map.entry("ro", "RON"), Map.entry("bg", "BUL"), Map.entry("hr", "HRV"), Map.entry("et", "EST"),
            Map.entry("lv", "LAV"), Map.entry("lt", "LIT"), Map.entry("mt", "MLT"), Map.entry("ga", "GLE"),
            Map.entry("br", "BRE"), Map.entry("ca", "CAT"), Map.entry("eu", "EUS"), Map.entry("oc", "OCI"));

    private final java.util.Set<Node> concepts = new java.util.HashSet<>();
    private final Map<String, Node> formats = new HashMap<>();
    private final Map<String, Node> frequencies = new HashMap<>();
    private final Map<String, Node> languages = new HashMap<>();
    private final Map<String, Node> licences = new HashMap<>();
    private final Map<String, Node> accessRights = new HashMap<>();

    VocabularyLookup(Graph vocabularies) {
        for (Triple t : vocabularies.find(Node.ANY, SKOS.inScheme.asNode(), Node.ANY).toList()) {
            Node concept = t.getSubject();
            concepts.add(concept);
            String scheme = t.getObject().isURI() ? t.getObject().getURI() : "";
            Map<String, Node> target = switch (scheme) {
                case EU + "file-type" -> formats;
                case EU + "frequency" -> frequencies;
                case EU + "language" -> languages;
                case EU + "licence", "https://opendata.hauts-de-seine.fr/ns/licences" -> licences;
                case EU + "access-right" -> accessRights;
                default -> null;
            };
            if (target != null) {
                index(vocabularies, concept, target);
            }
            if (target == licences && concept.isURI()) {
                alias(licences, concept.getURI(), concept.getURI());
                vocabularies.find(concept, SKOS.exactMatch.asNode(), Node.ANY).forEachRemaining(match -> {
                    if (match.getObject().isURI()) {
                        alias(licences, match.getObject().getURI(), concept.getURI());
                    }
                });
            }
        }
        TWO_LETTER_LANGUAGES.forEach((code, eu) -> languages.put(code, NodeFactory.createURI(EU + "language/" + eu)));
        alias(licences, "licence ouverte", "https://www.etalab.gouv.fr/licence-ouverte-open-licence");
        alias(licences, "licence ouverte version 2.0", "https://www.etalab.gouv.fr/licence-ouverte-open-licence");
        alias(licences, "open licence", "https://www.etalab.gouv.fr/licence-ouverte-open-licence");
        alias(licences, "odbl", "http://opendatacommons.org/licenses/odbl/1-0/");
        licenceSpellings();
        alias(frequencies, "yearly", EU + "frequency/ANNUAL");
        podFrequencies();
        alias(accessRights, "open", EU + "access-right/PUBLIC");
        alias(accessRights, "ouvert", EU + "access-right/PUBLIC");
        alias(accessRights, "restricted public", EU + "access-right/RESTRICTED");
        alias(accessRights, "non-public", EU + "access-right/NON_PUBLIC");
    }

    /** A concept of one of the shipped tables (themes, HVD categories, formats...). */
    boolean isKnownConcept(Node node) {
        return concepts.contains(node);
    }

    Optional<Node> format(String text) {
        String key = fold(text);
        return Optional.ofNullable(formats.get(key)).or(() -> Optional.ofNullable(formats.get(key.replaceFirst("^\\.", ""))));
    }

    Optional<Node> frequency(String text) {
        return Optional.ofNullable(frequencies.get(fold(text)));
    }

    /** A language by name or code, a regional tag ("en-US", "fr_FR") by its language. */
    Optional<Node> language(String text) {
        String key = fold(text);
        return Optional.ofNullable(languages.get(key))
                .or(() -> Optional.ofNullable(languages.get(key.replaceFirst("^([a-z]{2,3})[-_][a-z0-9]{2,8}$", "$1"))));
    }

    /** A licence by name, notation or one of its common URLs (with or without {@code www.}, trailing slash, http). */
    Optional<Node> licence(String text) {
        String key = fold(text);
        return Optional.ofNullable(licences.get(key)).or(() -> Optional.ofNullable(licences.get(urlKey(key))));
    }

    Optional<Node> accessRight(String text) {
        return Optional.ofNullable(accessRights.get(fold(text)));
    }

    /** The spellings partners use for the licences the portal knows, Etalab's, ODbL and Creative Commons'. */
    private void licenceSpellings() {
        String etalab = "https://www.etalab.gouv.fr/licence-ouverte-open-licence";
        String odbl = "http://opendatacommons.org/licenses/odbl/1-0/";
        for (String text : new String[] {"licence ouverte v2.0", "licence ouverte 2.0", "licence ouverte / open licence",
                "licence ouverte / open licence version 2.0", "lov2", "fr-lo", "etalab-2.0", "etalab", "lo-2.0",
                "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
                "https://www.etalab.gouv.fr/wp-content/uploads/2017/04/etalab-licence-ouverte-v2.0.pdf"}) {
            alias(licences, text, etalab);
        }
        for (String text : new String[] {"odc-odbl", "open database license", "open database license (odbl)",
                "odbl-1.0", "odbl 1.0", "http://opendatacommons.org/licenses/odbl/1.0/",
                "http://opendatacommons.org/licenses/odbl/", "http://www.opendatacommons.org/licenses/odbl/1.0/"}) {
            alias(licences, text, odbl);
        }
        String[][] creativeCommons = {{"by", "CC_BY_4_0"}, {"by-sa", "CC_BYSA_4_0"}, {"by-nd", "CC_BYND_4_0"},
                {"by-nc", "CC_BYNC_4_0"}, {"by-nc-sa", "CC_BYNCSA_4_0"}, {"by-nc-nd", "CC_BYNCND_4_0"}};
        for (String[] cc : creativeCommons) {
            String iri = EU + "licence/" + cc[1];
            alias(licences, "cc-" + cc[0] + "-4.0", iri);
            alias(licences, "cc " + cc[0].replace('-', ' ') + " 4.0", iri);
            alias(licences, "cc-" + cc[0], iri);
            alias(licences, "https://creativecommons.org/licenses/" + cc[0] + "/4.0/", iri);
            alias(licences, "https://creativecommons.org/licenses/" + cc[0] + "/4.0/legalcode", iri);
        }
        alias(licences, "cc0", EU + "licence/CC0");
        alias(licences, "cc0-1.0", EU + "licence/CC0");
        alias(licences, "https://creativecommons.org/publicdomain/zero/1.0/", EU + "licence/CC0");
    }

    /** Project Open Data writes frequencies as ISO 8601 repeating intervals. */
    private void podFrequencies() {
        String[][] intervals = {{"r/p1d", "DAILY"}, {"r/p1w", "WEEKLY"}, {"r/p2w", "BIWEEKLY"}, {"r/p1m", "MONTHLY"},
                {"r/p2m", "BIMONTHLY"}, {"r/p3m", "QUARTERLY"}, {"r/p6m", "ANNUAL_2"}, {"r/p1y", "ANNUAL"},
                {"r/p2y", "BIENNIAL"}, {"r/p3y", "TRIENNIAL"}, {"r/pt1h", "HOURLY"}, {"r/pt1s", "CONT"},
                {"irregular", "IRREG"}};
        for (String[] interval : intervals) {
            alias(frequencies, interval[0], EU + "frequency/" + interval[1]);
        }
    }

    /** A URL without scheme, {@code www.} and trailing slash, so that its common spellings meet. */
    private static String urlKey(String folded) {
        return folded.replaceFirst("^https?://(www\\.)?", "").replaceFirst("/$", "");
    }

    private static void index(Graph vocabularies, Node concept, Map<String, Node> target) {
        for (String property : new String[] {SKOS.notation.getURI(), SKOS.prefLabel.getURI(), SKOS.altLabel.getURI(),
                HDS + "fileExtension", HDS + "mediaTypeCode", "http://purl.org/dc/terms/title"}) {
            vocabularies.find(concept, NodeFactory.createURI(property), Node.ANY).forEachRemaining(label -> {
                if (label.getObject().isLiteral()) {
                    target.putIfAbsent(fold(label.getObject().getLiteralLexicalForm()), concept);
                }
            });
        }
    }

    private static void alias(Map<String, Node> target, String text, String iri) {
        String key = fold(text);
        target.putIfAbsent(key, NodeFactory.createURI(iri));
        if (key.startsWith("http")) {
            target.putIfAbsent(urlKey(key), NodeFactory.createURI(iri));
        }
    }

    static String fold(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }
}
