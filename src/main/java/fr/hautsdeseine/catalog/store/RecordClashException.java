package fr.hautsdeseine.catalog.store;

/** A record id that already belongs to another dataset: never overwritten. */
public class RecordClashException extends RuntimeException {
    private final String id;

    public RecordClashException(String id, String storedDataset, String newDataset) {
        super("Record id '" + id + "' already belongs to dataset <" + storedDataset
                + ">; it cannot be reused for <" + newDataset + ">");
        this.id = id;
    }

    public String id() {
        return id;
    }
}
