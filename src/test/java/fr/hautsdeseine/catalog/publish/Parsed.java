package fr.hautsdeseine.catalog.publish;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;

/** A served document parsed by Jena and, independently, by RDF4J Rio (as a Jena graph, to compare). */
public final class Parsed {
    private Parsed() {
    }

    public static Graph jena(String document, OutputSyntax syntax) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(document, jenaLang(syntax)).parse(graph);
        return graph;
    }

    public static Graph rdf4j(String document, OutputSyntax syntax, String base) {
        try {
            Model model = Rio.parse(new StringReader(document), base, rdf4jFormat(syntax));
            Graph graph = GraphFactory.createDefaultGraph();
            Map<String, Node> blanks = new HashMap<>();
            for (Statement statement : model) {
                graph.add(node(statement.getSubject(), blanks), node(statement.getPredicate(), blanks),
                        node(statement.getObject(), blanks));
            }
            return graph;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Node node(Value value, Map<String, Node> blanks) {
        if (value instanceof IRI iri) {
            return NodeFactory.createURI(iri.stringValue());
        }
        if (value instanceof BNode blank) {
            return blanks.computeIfAbsent(blank.getID(), id -> NodeFactory.createBlankNode());
        }
        Literal literal = (Literal) value;
        if (literal.getLanguage().isPresent()) {
            return NodeFactory.createLiteralLang(literal.getLabel(), literal.getLanguage().get());
        }
        return NodeFactory.createLiteralDT(literal.getLabel(),
                org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(literal.getDatatype().stringValue()));
    }

    private static Lang jenaLang(OutputSyntax syntax) {
        return switch (syntax) {
            case TURTLE -> Lang.TURTLE;
            case RDF_XML -> Lang.RDFXML;
            case JSON_LD -> Lang.JSONLD11;
            case N_TRIPLES -> Lang.NTRIPLES;
        };
    }

    private static RDFFormat rdf4jFormat(OutputSyntax syntax) {
        return switch (syntax) {
            case TURTLE -> RDFFormat.TURTLE;
            case RDF_XML -> RDFFormat.RDFXML;
            case JSON_LD -> RDFFormat.JSONLD;
            case N_TRIPLES -> RDFFormat.NTRIPLES;
        };
    }
}
