package fr.hautsdeseine.catalog.generate;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.vocabulary.RDF;

/** Turtle in the demo catalog's layout: one block per subject, blank nodes nested, lists as {@code ( )}. */
public final class TurtleDescriptionWriter implements DescriptionWriter {
    private static final String INDENT = "    ";

    private final Writer out;
    private final PrefixMap prefixes;

    public TurtleDescriptionWriter(Writer out, Map<String, String> prefixes, String comment) throws IOException {
        this.out = out;
        this.prefixes = PrefixMapFactory.create(prefixes);
        for (Map.Entry<String, String> prefix : prefixes.entrySet()) {
            out.write("@prefix " + prefix.getKey() + ": <" + prefix.getValue() + "> .\n");
        }
        out.write("\n# " + comment + "\n\n");
    }

    @Override
    public void write(Description description) throws IOException {
        StringBuilder text = new StringBuilder(4096);
        text.append(term(description.subject())).append(' ');
        statements(text, description, 1);
        text.append(" .\n\n");
        out.write(text.toString());
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    private void statements(StringBuilder text, Description description, int depth) {
        List<Description.Statement> statements = description.statements();
        for (int i = 0; i < statements.size(); i++) {
            if (i > 0) {
                text.append(" ;\n").append(INDENT.repeat(depth));
            }
            Description.Statement statement = statements.get(i);
            Node predicate = statement.predicate();
            text.append(predicate.equals(RDF.type.asNode()) ? "a" : term(predicate)).append(' ');
            for (int j = 0; j < statement.objects().size(); j++) {
                text.append(j > 0 ? ", " : "");
                value(text, statement.objects().get(j), depth);
            }
        }
    }

    private void value(StringBuilder text, Description.Value value, int depth) {
        if (value instanceof Description.Term term) {
            text.append(term(term.node()));
        } else if (value instanceof Description.Nested nested) {
            text.append("[ ");
            statements(text, nested.description(), depth + 1);
            text.append(" ]");
        } else if (value instanceof Description.Collection collection) {
            text.append("(");
            for (Description member : collection.members()) {
                text.append('\n').append(INDENT.repeat(depth + 1)).append("[ ");
                statements(text, member, depth + 2);
                text.append(" ]");
            }
            text.append(" )");
        }
    }

    private String term(Node node) {
        return NodeFmtLib.str(node, prefixes);
    }
}
