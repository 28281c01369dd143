package fr.hautsdeseine.catalog.ingest;

import com.apicatalog.jsonld.JsonLdOptions;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;

/**
 * Parses an RDF document held in memory into one graph (the graphs of N-Quads and TriG are merged).
 * It never fetches anything the document points to: the well-known JSON-LD contexts are read from
 * the server's own copies ({@link KnownContexts}), any other remote context is refused, and Jena's
 * XML reader does not resolve external entities.
 */
public final class RdfReader {

    public Graph read(byte[] document, RdfSyntax syntax, String base) {
        return read(new ByteArrayInputStream(document), syntax, base);
    }

    /** Reads a stream (a file, say) without first holding all of its bytes. */
    public Graph read(InputStream document, RdfSyntax syntax, String base) {
        Graph graph = GraphFactory.createDefaultGraph();
        StreamRDF sink = StreamRDFLib.graph(graph);
        try {
            RDFParser.create()
                    .source(document)
                    .lang(syntax.lang())
                    .base(base)
                    .context(offlineContext())
                    .errorHandler(new FailOnError())
                    .parse(quadsIntoOneGraph(sink));
        } catch (RiotParseException e) {
            throw new RdfParseException(e.getOriginalMessage(), e.getLine(), e.getCol());
        } catch (RiotException e) {
            throw new RdfParseException(describe(e), -1, -1);
        }
        return graph;
    }

    private static StreamRDF quadsIntoOneGraph(StreamRDF sink) {
        return new org.apache.jena.riot.system.StreamRDFWrapper(sink) {
            @Override
            public void quad(org.apache.jena.sparql.core.Quad quad) {
                sink.triple(quad.asTriple());
            }
        };
    }

    private static Context offlineContext() {
        JsonLdOptions options = new JsonLdOptions();
        options.setDocumentLoader(new KnownContexts());
        Context context = new Context();
        context.set(LangJSONLD11.JSONLD_OPTIONS, options);
        return context;
    }

    private static String describe(RiotException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() != null ? cause.getMessage() : e.getMessage();
        return message != null ? message : e.getClass().getSimpleName();
    }

    /** Warnings are tolerated (real catalogs have odd IRIs); errors stop the parse with a position. */
    private static final class FailOnError implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }
    }
}
