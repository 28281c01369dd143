package fr.hautsdeseine.catalog.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.text.RDFChangesWriterText;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes one change as RDF Patch text (one transaction that deletes some quads, then adds others), and
 * stores that text in the change log as gzip in an {@code xsd:base64Binary} literal: a record's patch
 * repeats the same IRIs, so it shrinks six to eight times, and the store writes, hashes and keeps that
 * much less. Text stored plainly (as logs written before did) is read as it is.
 */
final class ChangePatch {
    private ChangePatch() {
    }

    static String of(List<Quad> deleted, List<Quad> added) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + 160 * (deleted.size() + added.size()));
        write(out, deleted, added);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The literal the change log keeps for this change: its text written straight into the gzip stream. */
    static Node stored(List<Quad> deleted, List<Quad> added) {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream(64 + 32 * (deleted.size() + added.size()));
        try (GZIPOutputStream gzip = new FastGzip(zipped)) {
            write(gzip, deleted, added);
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // in memory: cannot happen
        }
        return literal(zipped);
    }

    /** The literal the change log keeps for a patch's text (an entry copied from another log). */
    static Node stored(String patch) {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream(patch.length() / 4 + 64);
        try (GZIPOutputStream gzip = new FastGzip(zipped)) {
            gzip.write(patch.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // in memory: cannot happen
        }
        return literal(zipped);
    }

    private static void write(OutputStream out, List<Quad> deleted, List<Quad> added) {
        RDFChangesWriterText writer = RDFPatchOps.textWriter(out);
        writer.start();
        writer.txnBegin();
        deleted.forEach(q -> writer.delete(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()));
        added.forEach(q -> writer.add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()));
        writer.txnCommit();
        writer.finish();
        writer.close();
    }

    private static Node literal(ByteArrayOutputStream zipped) {
        return NodeFactory.createLiteralDT(Base64.getEncoder().encodeToString(zipped.toByteArray()),
                XSDDatatype.XSDbase64Binary);
    }

    /** The patch text a change log literal holds: gzip in base64, or plain text. */
    static String text(Node literal) {
        if (!XSDDatatype.XSDbase64Binary.getURI().equals(literal.getLiteralDatatypeURI())) {
            return literal.getLiteralLexicalForm();
        }
        byte[] zipped = Base64.getMimeDecoder().decode(literal.getLiteralLexicalForm());
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
            return new String(gzip.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("A change log patch is not valid gzip: " + e.getMessage(), e);
        }
    }

    /** Gzip at its fastest level: six times smaller already, at a fraction of the default level's time. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(ByteArrayOutputStream out) throws IOException {
            super(out);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
