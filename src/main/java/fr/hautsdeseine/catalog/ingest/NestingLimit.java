package fr.hautsdeseine.catalog.ingest;

import fr.hautsdeseine.catalog.config.IngestLimits;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts, as the bytes pass, how deep brackets nest outside strings, IRIs and comments, and stops the
 * read past the limit: the JSON-LD and Turtle parsers recurse once per level, so a document nested
 * thousands deep would overflow their stack. Long Turtle strings are read as runs of short ones, which
 * only matters for brackets inside a long string holding a lone quote.
 */
final class NestingLimit extends FilterInputStream {
    private final int max;
    private final boolean turtle;
    private int depth;
    private char quote;       // the quote of the string being read, or 0
    private boolean escaped;
    private boolean inIri;
    private boolean inComment;

    private NestingLimit(InputStream in, int max, boolean turtle) {
        super(in);
        this.max = max;
        this.turtle = turtle;
    }

    /** The stream, watched when its syntax nests; N-Triples, N-Quads and RDF/XML pass as they are. */
    static InputStream watch(InputStream in, RdfSyntax syntax, int max) {
        return switch (syntax) {
            case JSON_LD -> new NestingLimit(in, max, false);
            case TURTLE, TRIG -> new NestingLimit(in, max, true);
            default -> in;
        };
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            see((char) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        for (int i = 0; i < read; i++) {
            see((char) (buffer[offset + i] & 0xff));
        }
        return read;
    }

    private void see(char c) {
        if (quote != 0) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == quote) {
                quote = 0;
            }
        } else if (inComment) {
            inComment = c != '\n' && c != '\r';
        } else if (inIri) {
            inIri = c != '>';
        } else if (c == '"' || (turtle && c == '\'')) {
            quote = c;
        } else if (turtle && c == '#') {
            inComment = true;
        } else if (turtle && c == '<') {
            inIri = true;
        } else if (c == '[' || c == '{' || (turtle && c == '(')) {
            if (++depth > max) {
                throw new ParseLimitException(400, "The document nests brackets more than " + max + " deep, the limit of"
                        + " this server (" + IngestLimits.NESTING_DEPTH + ")");
            }
        } else if (c == ']' || c == '}' || (turtle && c == ')')) {
            depth = Math.max(0, depth - 1);
        }
    }
}
