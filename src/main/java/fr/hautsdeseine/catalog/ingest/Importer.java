package fr.hautsdeseine.catalog.ingest;

import fr.hautsdeseine.catalog.store.DatasetRecord;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.WriteOutcome;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The one way records enter the catalog, whatever the entry point (HTTP, command line, demo):
 * parse, split into records, then store all of them in one transaction or none.
 */
public final class Importer {
    private final RdfReader reader = new RdfReader();
    private final RecordSplitter splitter;
    private final CatalogStore store;

    public Importer(CatalogStore store) {
        this.store = store;
        this.splitter = new RecordSplitter(store.iris());
    }

    /** Parses and splits a document without storing anything. */
    public List<DatasetRecord> parse(byte[] document, RdfSyntax syntax, String base) {
        return splitter.split(reader.read(document, syntax, base));
    }

    /** Stores every record of a document, all or nothing. */
    public Map<String, WriteOutcome> importDocument(byte[] document, RdfSyntax syntax, String base, String origin) {
        return importDocument(document, syntax, base, origin, records -> { });
    }

    /** Stores every record of a document, all or nothing, once {@code guard} accepted them (it throws to refuse). */
    public Map<String, WriteOutcome> importDocument(byte[] document, RdfSyntax syntax, String base, String origin,
            Consumer<List<DatasetRecord>> guard) {
        List<DatasetRecord> records = parse(document, syntax, base);
        guard.accept(records);
        return store.putAll(records, origin);
    }

    /** Stores a document that must describe exactly the one record {@code id}. */
    public WriteOutcome replace(String id, byte[] document, RdfSyntax syntax, String base, String origin) {
        return replace(id, document, syntax, base, origin, records -> { });
    }

    /** Stores a document that must describe exactly the one record {@code id}, once {@code guard} accepted it. */
    public WriteOutcome replace(String id, byte[] document, RdfSyntax syntax, String base, String origin,
            Consumer<List<DatasetRecord>> guard) {
        List<DatasetRecord> records = parse(document, syntax, base);
        if (records.size() != 1) {
            throw new RecordRejectedException("The body must describe exactly one dataset for record '" + id
                    + "'; it describes " + records.size());
        }
        DatasetRecord record = records.get(0);
        if (!record.id().equals(id)) {
            throw new RecordRejectedException("The body describes record '" + record.id()
                    + "' (from its dct:identifier) but the URL names '" + id + "'");
        }
        guard.accept(records);
        return store.putAll(records, origin).get(id);
    }
}
