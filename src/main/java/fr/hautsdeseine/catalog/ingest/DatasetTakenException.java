package fr.hautsdeseine.catalog.ingest;

import org.apache.jena.graph.Node;

/** A record whose dataset IRI is already the dataset of another record: a conflict, never an overwrite. */
public class DatasetTakenException extends ForeignSubjectException {
    private final String ownerId;

    public DatasetTakenException(String recordId, Node dataset, String ownerId) {
        super(recordId, dataset, "names the dataset <" + dataset.getURI() + ">, which belongs to record '" + ownerId
                + "'; a dataset IRI belongs to one record only");
        this.ownerId = ownerId;
    }

    public String ownerId() {
        return ownerId;
    }
}
