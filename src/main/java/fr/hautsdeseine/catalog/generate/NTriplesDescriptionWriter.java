package fr.hautsdeseine.catalog.generate;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.vocabulary.RDF;

/** N-Triples, blank nodes labelled in order of appearance so that the output is the same every run. */
public final class NTriplesDescriptionWriter implements DescriptionWriter {
    private final Writer out;
    private long blankNodes;

    public NTriplesDescriptionWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(Description description) throws IOException {
        StringBuilder text = new StringBuilder(8192);
        triples(text, description.subject(), description);
        out.write(text.toString());
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    private void triples(StringBuilder text, Node subject, Description description) {
        for (Description.Statement statement : description.statements()) {
            for (Description.Value value : statement.objects()) {
                triple(text, subject, statement.predicate(), object(text, value));
            }
        }
    }

    private Node object(StringBuilder text, Description.Value value) {
        if (value instanceof Description.Term term) {
            return term.node();
        }
        if (value instanceof Description.Nested nested) {
            Node node = nextBlankNode();
            triples(text, node, nested.description());
            return node;
        }
        List<Description> members = ((Description.Collection) value).members();
        Node head = RDF.nil.asNode();
        // Built from the end, so that each cell can point to the rest of the list.
        for (int i = members.size() - 1; i >= 0; i--) {
            Node cell = nextBlankNode();
            Node member = nextBlankNode();
            triples(text, member, members.get(i));
            triple(text, cell, RDF.first.asNode(), member);
            triple(text, cell, RDF.rest.asNode(), head);
            head = cell;
        }
        return head;
    }

    private Node nextBlankNode() {
        return NodeFactory.createBlankNode("b" + blankNodes++);
    }

    private static void triple(StringBuilder text, Node s, Node p, Node o) {
        text.append(NodeFmtLib.strNT(s)).append(' ').append(NodeFmtLib.strNT(p)).append(' ')
                .append(NodeFmtLib.strNT(o)).append(" .\n");
    }
}
