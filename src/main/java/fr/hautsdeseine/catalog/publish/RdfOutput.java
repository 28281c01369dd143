package fr.hautsdeseine.catalog.publish;

import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;

/** Writes a served graph in one of the served syntaxes, each in time linear in the graph's size. */
public final class RdfOutput {
    private RdfOutput() {
    }

    public static void write(Graph graph, OutputSyntax syntax, OutputStream out) {
        if (syntax == OutputSyntax.JSON_LD) {
            FlatJsonLdWriter.write(graph, out);
            return;
        }
        if (syntax == OutputSyntax.TURTLE) {
            TurtleBlockWriter.write(graph, out);
            return;
        }
        RDFWriter.source(graph).format(syntax.format()).output(out);
    }
}
