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
                default -> null;
            };
            if (target != null) {
                index(vocabularies, concept, target);
            }
        }
        TWO_LETTER_LANGUAGES.forEach((code, eu) -> languages.put(code, NodeFactory.createURI(EU + "language/" + eu)));
        alias(licences, "licence ouverte", "https://www.etalab.gouv.fr/licence-ouverte-open-licence");
        alias(licences, "licence ouverte version 2.0", "https://www.etalab.gouv.fr/licence-ouverte-open-licence");
        alias(licences, "open licence", "https://www.etalab.gouv.fr/licence-ouverte-open-licence");
        alias(licences, "odbl", "http://opendatacommons.org/licenses/odbl/1-0/");
        alias(frequencies, "yearly", EU + "frequency/ANNUAL");
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

    Optional<Node> language(String text) {
        return Optional.ofNullable(languages.get(fold(text)));
    }

    Optional<Node> licence(String text) {
        return Optional.ofNullable(licences.get(fold(text)));
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
        target.putIfAbsent(fold(text), NodeFactory.createURI(iri));
    }

    static String fold(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }
}
