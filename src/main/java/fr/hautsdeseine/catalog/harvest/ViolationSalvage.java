package fr.hautsdeseine.catalog.harvest;

import fr.hautsdeseine.catalog.store.DatasetRecord;
import fr.hautsdeseine.catalog.validation.Profile;
import fr.hautsdeseine.catalog.validation.RecordReport;
import fr.hautsdeseine.catalog.validation.RecordValidator;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.DCTerms;

/**
 * What the repairs could not fix, validation finds; the faulty part is then dropped rather than the
 * record refused: a value the shapes reject goes, and a node missing something it must have (a
 * distribution without URL, a checksum without value) goes with the links to it. Only a dataset
 * without title or identity stays refused; one without description gets its title as description.
 */
final class ViolationSalvage {
    private static final int ROUNDS = 3;

    private final RecordValidator validator;

    ViolationSalvage(RecordValidator validator) {
        this.validator = validator;
    }

    /** The record's final report: it conforms unless the dataset itself lacks what nothing can replace. */
    RecordReport validate(DatasetRecord record, Salvage salvage) {
        RecordReport report = validator.validate(record, Profile.PARTNER);
        for (int round = 0; round < ROUNDS && !report.conforms(); round++) {
            if (!dropFaultyParts(record, report.graph(), salvage)) {
                break;
            }
            removeOrphans(record.content());
            report = validator.validate(record, Profile.PARTNER);
        }
        return report;
    }

    private static boolean dropFaultyParts(DatasetRecord record, Graph report, Salvage salvage) {
        Graph graph = record.content();
        boolean changed = false;
        // Results that name a value first, and one action per node and property a round, so that the
        // outcome does not depend on the order the validator reports in (a rerun must change nothing).
        List<Node> results = report.find(Node.ANY, SHACL.resultSeverity, SHACL.Violation).mapWith(Triple::getSubject).toList()
                .stream().sorted(java.util.Comparator.comparing((Node r) -> object(report, r, SHACL.value) == null)).toList();
        Set<List<Node>> handled = new HashSet<>();
        for (Node result : results) {
            Node focus = object(report, result, SHACL.focusNode);
            Node path = object(report, result, SHACL.resultPath);
            Node value = object(report, result, SHACL.value);
            String message = message(report, result);
            if (focus == null || !graph.contains(focus, Node.ANY, Node.ANY) && !graph.contains(Node.ANY, Node.ANY, focus)) {
                continue;
            }
            List<Node> key = java.util.Arrays.asList(focus, path);
            if (value == null ? handled.contains(key) : !handled.add(java.util.Arrays.asList(focus, path, value))) {
                continue;
            }
            handled.add(key);
            if (focus.equals(record.dataset())) {
                changed |= repairDataset(graph, focus, path, value, message, salvage);
            } else if (value != null && path != null && path.isURI() && graph.contains(focus, path, value)) {
                graph.delete(focus, path, value);
                salvage.dropped(path, focus, value, message);
                changed = true;
            } else if (value == null && path != null && path.isURI() && graph.contains(focus, path, Node.ANY)) {
                // A rule on the values as a whole (their count, their shape): the values go, not their holder.
                for (Triple t : graph.find(focus, path, Node.ANY).toList()) {
                    graph.delete(t);
                    salvage.dropped(path, focus, t.getObject(), message);
                }
                changed = true;
            } else if (value == null) {
                dropNode(graph, focus, path, message, salvage);
                changed = true;
            }
        }
        return changed;
    }

    private static boolean repairDataset(Graph graph, Node dataset, Node path, Node value, String message, Salvage salvage) {
        if (path == null || !path.isURI() || isIdentity(path) || path.equals(DCTerms.title.asNode())) {
            return false;
        }
        if (path.equals(DCTerms.description.asNode()) && value == null
                && !graph.contains(dataset, DCTerms.description.asNode(), Node.ANY)) {
            List<Triple> titles = graph.find(dataset, DCTerms.title.asNode(), Node.ANY).toList();
            titles.forEach(t -> graph.add(dataset, DCTerms.description.asNode(), t.getObject()));
            salvage.repaired(path, dataset, null, "no description: the title stands in");
            return !titles.isEmpty();
        }
        if (value != null && graph.contains(dataset, path, value)) {
            graph.delete(dataset, path, value);
            salvage.dropped(path, dataset, value, message);
            return true;
        }
        List<Triple> values = value == null && !path.equals(DCTerms.description.asNode())
                ? graph.find(dataset, path, Node.ANY).toList() : List.of();
        values.forEach(t -> {
            graph.delete(t);
            salvage.dropped(path, dataset, t.getObject(), message);
        });
        return !values.isEmpty();
    }

    private static boolean isIdentity(Node path) {
        return path != null && path.equals(DCTerms.identifier.asNode());
    }

    /** A node that lacks what it must have goes, with every link to it. */
    private static void dropNode(Graph graph, Node node, Node path, String message, Salvage salvage) {
        String where = salvage.describe(node, 0);
        for (Triple link : graph.find(Node.ANY, Node.ANY, node).toList()) {
            graph.delete(link);
            salvage.dropped(link.getPredicate(), link.getSubject(), null, where + ": "
                    + (path != null && path.isURI() ? Salvage.shortName(path) + ": " : "") + message);
        }
        Deque<Node> pending = new ArrayDeque<>(List.of(node));
        Set<Node> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            Node current = pending.poll();
            if (seen.add(current)) {
                for (Triple t : graph.find(current, Node.ANY, Node.ANY).toList()) {
                    graph.delete(t);
                    if (t.getObject().isBlank() && !graph.contains(Node.ANY, Node.ANY, t.getObject())) {
                        pending.add(t.getObject());
                    }
                }
            }
        }
    }

    /** Blank nodes that nothing leads to any more (a dropped value's own description) go too. */
    private static void removeOrphans(Graph graph) {
        boolean removed = true;
        while (removed) {
            Set<Node> orphans = new HashSet<>();
            graph.find().forEachRemaining(t -> {
                if (t.getSubject().isBlank() && !graph.contains(Node.ANY, Node.ANY, t.getSubject())) {
                    orphans.add(t.getSubject());
                }
            });
            orphans.forEach(orphan -> graph.find(orphan, Node.ANY, Node.ANY).toList().forEach(graph::delete));
            removed = !orphans.isEmpty();
        }
    }

    private static Node object(Graph graph, Node subject, Node property) {
        return graph.find(subject, property, Node.ANY).nextOptional().map(Triple::getObject).orElse(null);
    }

    private static String message(Graph report, Node result) {
        List<Node> messages = report.find(result, SHACL.resultMessage, Node.ANY).mapWith(Triple::getObject).toList();
        return messages.stream().filter(m -> m.isLiteral() && m.getLiteralLanguage().startsWith("en")).findFirst()
                .or(() -> messages.stream().filter(Node::isLiteral).findFirst())
                .map(Node::getLiteralLexicalForm).orElse("refused by the shapes");
    }
}
