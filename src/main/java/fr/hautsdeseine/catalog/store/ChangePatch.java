package fr.hautsdeseine.catalog.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.text.RDFChangesWriterText;
import org.apache.jena.sparql.core.Quad;

/** Writes one change as RDF Patch text: one transaction that deletes some quads, then adds others. */
final class ChangePatch {
    private ChangePatch() {
    }

    static String of(List<Quad> deleted, List<Quad> added) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + 160 * (deleted.size() + added.size()));
        RDFChangesWriterText writer = RDFPatchOps.textWriter(out);
        writer.start();
        writer.txnBegin();
        deleted.forEach(q -> writer.delete(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()));
        added.forEach(q -> writer.add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()));
        writer.txnCommit();
        writer.finish();
        writer.close();
        return out.toString(StandardCharsets.UTF_8);
    }
}
