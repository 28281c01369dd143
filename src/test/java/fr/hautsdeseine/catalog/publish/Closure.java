package fr.hautsdeseine.catalog.publish;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/** What a graph says about some IRIs, with every blank node reachable from them. */
public final class Closure {
    private Closure() {
    }

    /** The IRIs a record's graph describes. */
    public static Set<Node> subjects(Graph record) {
        Set<Node> subjects = new HashSet<>();
        record.find().forEachRemaining(t -> {
            if (t.getSubject().isURI()) {
                subjects.add(t.getSubject());
            }
        });
        return subjects;
    }

    public static Graph of(Graph graph, Set<Node> iris) {
        Graph closure = GraphFactory.createDefaultGraph();
        Deque<Node> frontier = new ArrayDeque<>(iris);
        Set<Node> seen = new HashSet<>(iris);
        while (!frontier.isEmpty()) {
            Node subject = frontier.pop();
            for (Triple triple : graph.find(subject, Node.ANY, Node.ANY).toList()) {
                closure.add(triple);
                if (triple.getObject().isBlank() && seen.add(triple.getObject())) {
                    frontier.push(triple.getObject());
                }
            }
        }
        return closure;
    }
}
