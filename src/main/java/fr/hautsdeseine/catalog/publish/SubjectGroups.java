package fr.hautsdeseine.catalog.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/** A graph's triples grouped by subject, then by property, in one pass: what the one-pass writers walk. */
final class SubjectGroups {
    private SubjectGroups() {
    }

    /** Subject, then property, then values, each in the order the graph first gives them. */
    static Map<Node, Map<Node, List<Node>>> of(Graph graph) {
        Map<Node, Map<Node, List<Node>>> subjects = new LinkedHashMap<>();
        graph.find().forEachRemaining((Triple t) -> subjects
                .computeIfAbsent(t.getSubject(), s -> new LinkedHashMap<>())
                .computeIfAbsent(t.getPredicate(), p -> new ArrayList<>())
                .add(t.getObject()));
        return subjects;
    }
}
