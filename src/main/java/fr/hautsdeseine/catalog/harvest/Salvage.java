package fr.hautsdeseine.catalog.harvest;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;

/**
 * The repairs and drops made to one partner record, each with what, where and the original value,
 * as the run report lists them. Blank nodes are named by the way they hang from the record
 * ("dcat:distribution of <…>"), since their labels change with every parse.
 */
final class Salvage {
    static final String REPAIRED = "repaired";
    static final String DROPPED = "dropped";

    private final Graph graph;
    private final List<Repair> repairs = new ArrayList<>();

    Salvage(Graph graph) {
        this.graph = graph;
    }

    /** One repair or drop: {@code action} is {@code repaired} or {@code dropped}. */
    record Repair(String action, String property, String where, String original, String note) {
    }

    List<Repair> repairs() {
        return List.copyOf(repairs);
    }

    void repaired(Node property, Node where, Node original, String how) {
        add(REPAIRED, property, where, original, how);
    }

    void dropped(Node property, Node where, Node original, String why) {
        add(DROPPED, property, where, original, why);
    }

    private void add(String action, Node property, Node where, Node original, String text) {
        String place = describe(where, 0);
        String value = original == null ? "" : original.isLiteral() ? original.getLiteralLexicalForm()
                : original.isURI() ? original.getURI() : describe(original, 0);
        String note = "%s %s on %s%s: %s".formatted(action, shortName(property), place,
                value.isEmpty() ? "" : " (\"" + abbreviate(value) + "\")", text);
        repairs.add(new Repair(action, shortName(property), place, value, note));
    }

    /** An IRI as itself; a blank node by the property that leads to it from its parent. */
    String describe(Node node, int depth) {
        if (node.isURI()) {
            return "<" + node.getURI() + ">";
        }
        if (!node.isBlank() || depth > 3) {
            return "a blank node";
        }
        return graph.find(Node.ANY, Node.ANY, node).nextOptional()
                .map(Triple.class::cast)
                .map(t -> "the " + shortName(t.getPredicate()) + " of " + describe(t.getSubject(), depth + 1))
                .orElse("a blank node");
    }

    static String shortName(Node property) {
        String iri = property.getURI();
        for (String[] prefix : new String[][] {{DCTerms.NS, "dct:"}, {DCAT.NS, "dcat:"},
                {"http://xmlns.com/foaf/0.1/", "foaf:"}, {"http://spdx.org/rdf/terms#", "spdx:"},
                {"http://www.w3.org/ns/locn#", "locn:"}, {"http://www.w3.org/2006/vcard/ns#", "vcard:"},
                {"http://www.w3.org/2000/01/rdf-schema#", "rdfs:"}, {"http://www.w3.org/ns/adms#", "adms:"},
                {"http://www.w3.org/2004/02/skos/core#", "skos:"}}) {
            if (iri.startsWith(prefix[0])) {
                return prefix[1] + iri.substring(prefix[0].length());
            }
        }
        return iri;
    }

    private static String abbreviate(String value) {
        return value.length() > 120 ? value.substring(0, 117) + "..." : value;
    }
}
