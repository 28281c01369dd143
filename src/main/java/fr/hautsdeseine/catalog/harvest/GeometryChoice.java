package fr.hautsdeseine.catalog.harvest;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCAT;

/**
 * DCAT-AP allows one geometry and one bounding box per location, while GeoDCAT-AP writes the same
 * shape in several encodings (WKT, GML, GeoJSON). One is kept, WKT first as DCAT-AP prefers, then
 * GeoJSON, then GML; the others are dropped and noted.
 */
final class GeometryChoice {
    static final Node GEOMETRY = NodeFactory.createURI("http://www.w3.org/ns/locn#geometry");
    private static final List<Node> PROPERTIES = List.of(GEOMETRY, DCAT.bbox.asNode(), DCAT.centroid.asNode());

    private final Graph graph;
    private final Salvage salvage;

    GeometryChoice(Graph graph, Salvage salvage) {
        this.graph = graph;
        this.salvage = salvage;
    }

    void onePerLocation() {
        for (Node property : PROPERTIES) {
            Set<Node> locations = new HashSet<>();
            graph.find(Node.ANY, property, Node.ANY).forEachRemaining(t -> locations.add(t.getSubject()));
            for (Node location : locations) {
                List<Triple> values = graph.find(location, property, Node.ANY).toList();
                if (values.size() < 2) {
                    continue;
                }
                Triple kept = values.stream().min(Comparator.comparingInt((Triple t) -> rank(t.getObject()))
                        .thenComparing(t -> t.getObject().toString())).orElseThrow();
                values.stream().filter(t -> t != kept).forEach(t -> {
                    graph.delete(t);
                    salvage.dropped(property, location, t.getObject(), "one value per location; kept the "
                            + encoding(kept.getObject()) + " one");
                });
            }
        }
    }

    private static int rank(Node value) {
        return switch (encoding(value)) {
            case "WKT" -> 0;
            case "GeoJSON" -> 1;
            case "GML" -> 2;
            default -> 3;
        };
    }

    private static String encoding(Node value) {
        if (!value.isLiteral()) {
            return "node";
        }
        String type = value.getLiteralDatatypeURI().toLowerCase(Locale.ROOT);
        String text = value.getLiteralLexicalForm().stripLeading();
        if (type.endsWith("wktliteral")) {
            return "WKT";
        }
        if (type.endsWith("gmlliteral") || text.startsWith("<")) {
            return "GML";
        }
        if (type.contains("geojson") || text.startsWith("{")) {
            return "GeoJSON";
        }
        return text.matches("(?i)(SRID=\\d+;)?\\s*(<[^>]*>\\s*)?(POINT|POLYGON|MULTIPOLYGON|LINESTRING|ENVELOPE).*") ? "WKT" : "text";
    }
}
