package fr.hautsdeseine.catalog.generate;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;

/**
 * A node and what is said about it, in the order it was said: the unit the generator writes. A
 * description without a subject is a blank node, written where it is used ({@code [ ... ]} in Turtle).
 */
public final class Description {
    /** An object: a plain term, a nested blank node, or an RDF list of nested blank nodes. */
    public sealed interface Value permits Term, Nested, Collection {
    }

    public record Term(Node node) implements Value {
    }

    public record Nested(Description description) implements Value {
    }

    public record Collection(List<Description> members) implements Value {
    }

    public record Statement(Node predicate, List<Value> objects) {
    }

    private final Node subject;
    private final List<Statement> statements = new ArrayList<>();

    private Description(Node subject) {
        this.subject = subject;
    }

    public static Description of(String iri) {
        return new Description(NodeFactory.createURI(iri));
    }

    public static Description blank() {
        return new Description(null);
    }

    /** The subject IRI, or null for a blank node. */
    public Node subject() {
        return subject;
    }

    public List<Statement> statements() {
        return statements;
    }

    public Description add(Property predicate, Node... objects) {
        List<Value> values = new ArrayList<>();
        for (Node object : objects) {
            values.add(new Term(object));
        }
        return add(predicate, values);
    }

    public Description add(Property predicate, Description nested) {
        return add(predicate, List.of(new Nested(nested)));
    }

    public Description addList(Property predicate, List<Description> members) {
        return add(predicate, List.of(new Collection(members)));
    }

    private Description add(Property predicate, List<Value> values) {
        if (!values.isEmpty()) {
            statements.add(new Statement(predicate.asNode(), List.copyOf(values)));
        }
        return this;
    }
}
