package fr.hautsdeseine.catalog.ingest;

import org.apache.jena.graph.Node;

/**
 * A record that states something about a resource it does not own (the catalog, a catalog record,
 * a vocabulary concept, another record's dataset) or a term only the server writes: nothing of the
 * document is stored. A harvest shows the message in its report.
 */
public class ForeignSubjectException extends RecordRejectedException {
    private final String recordId;
    private final Node subject;

    public ForeignSubjectException(String recordId, Node subject, String problem) {
        super("Record '" + recordId + "' " + problem);
        this.recordId = recordId;
        this.subject = subject;
    }

    public String recordId() {
        return recordId;
    }

    /** The resource the record may not describe. */
    public Node subject() {
        return subject;
    }
}
