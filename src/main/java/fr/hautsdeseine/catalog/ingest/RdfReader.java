package fr.hautsdeseine.catalog.ingest;

import com.apicatalog.jsonld.JsonLdOptions;
import fr.hautsdeseine.catalog.config.IngestLimits;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
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
 * the server's own copies ({@link KnownContexts}), any other remote context is refused, and so is
 * XML that declares entities (Jena's reader would turn them into empty text). Its limits
 * ({@link IngestLimits}) keep the parsers from recursing beyond their stack or holding huge literals.
 */
public final class RdfReader {
    /** XML entities are declared in the prolog, before the root element: this much of it is looked at. */
    private static final int PROLOG_BYTES = 64 * 1024;

    private final IngestLimits limits;

    public RdfReader() {
        this(IngestLimits.DEFAULTS);
    }

    public RdfReader(IngestLimits limits) {
        this.limits = limits;
    }

    public Graph read(byte[] document, RdfSyntax syntax, String base) {
        return read(new ByteArrayInputStream(document), syntax, base);
    }

    /** Reads a stream (a file, say) without first holding all of its bytes. */
    public Graph read(InputStream document, RdfSyntax syntax, String base) {
        Graph graph = GraphFactory.createDefaultGraph();
        StreamRDF sink = StreamRDFLib.graph(graph);
        try {
            InputStream source = syntax == RdfSyntax.RDF_XML ? withoutEntities(document) : document;
            RDFParser.create()
                    .source(NestingLimit.watch(source, syntax, limits.maxNestingDepth()))
                    .lang(syntax.lang())
                    .base(base)
                    .context(offlineContext())
                    .errorHandler(new FailOnError())
                    .parse(quadsIntoOneGraph(limited(sink)));
        } catch (RiotParseException e) {
            throw limitIn(e).orElse(new RdfParseException(e.getOriginalMessage(), e.getLine(), e.getCol()));
        } catch (RiotException e) {
            throw limitIn(e).orElse(new RdfParseException(describe(e), -1, -1));
        } catch (StackOverflowError e) {
            // A shape the nesting watch does not see (deep XML, say): the parser ran out of stack.
            throw new ParseLimitException(400, "The document nests too deeply for the " + syntax.lang().getLabel()
                    + " parser; keep nesting within " + limits.maxNestingDepth() + " levels (" + IngestLimits.NESTING_DEPTH + ")");
        }
        return graph;
    }

    /** A limit hit while the parser read the stream, which the parser may have wrapped. */
    private static java.util.Optional<RdfParseException> limitIn(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ParseLimitException limit) {
                return java.util.Optional.of(limit);
            }
        }
        return java.util.Optional.empty();
    }

    /** Refuses XML whose prolog declares entities: Jena's reader would silently turn them into empty text. */
    private static InputStream withoutEntities(InputStream document) {
        BufferedInputStream buffered = new BufferedInputStream(document, PROLOG_BYTES);
        try {
            buffered.mark(PROLOG_BYTES);
            byte[] prolog = buffered.readNBytes(PROLOG_BYTES);
            buffered.reset();
            if (new String(prolog, StandardCharsets.ISO_8859_1).contains("<!ENTITY")) {
                throw new ParseLimitException(400, "The XML document declares entities (<!ENTITY ...>), which this server"
                        + " refuses: write the values in full");
            }
            return buffered;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StreamRDF quadsIntoOneGraph(StreamRDF sink) {
        return new org.apache.jena.riot.system.StreamRDFWrapper(sink) {
            @Override
            public void quad(org.apache.jena.sparql.core.Quad quad) {
                sink.triple(quad.asTriple());
            }
        };
    }

    /** Refuses literals longer than the limit as they are read, before they are held in the graph. */
    private StreamRDF limited(StreamRDF sink) {
        int max = limits.maxLiteralChars();
        return new org.apache.jena.riot.system.StreamRDFWrapper(sink) {
            @Override
            public void triple(org.apache.jena.graph.Triple triple) {
                Node object = triple.getObject();
                if (object.isLiteral() && object.getLiteralLexicalForm().length() > max) {
                    throw new ParseLimitException(413, "A literal of " + object.getLiteralLexicalForm().length()
                            + " characters (of " + triple.getPredicate().getLocalName() + ") is longer than " + max
                            + ", the limit of this server (" + IngestLimits.LITERAL_CHARS + ")");
                }
                sink.triple(triple);
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
