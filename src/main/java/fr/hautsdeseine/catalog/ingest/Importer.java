package fr.hautsdeseine.catalog.ingest;

import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.DatasetRecord;
import fr.hautsdeseine.catalog.store.WriteOutcome;
import fr.hautsdeseine.catalog.validation.Profile;
import fr.hautsdeseine.catalog.validation.RecordReport;
import fr.hautsdeseine.catalog.validation.RecordValidator;
import fr.hautsdeseine.catalog.validation.ValidationFailedException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;

/**
 * The one way records enter the catalog, whatever the entry point (HTTP, command line, demo):
 * parse, split into records, validate each, then store all of them in one transaction or none.
 */
public final class Importer {
    private final RdfReader reader = new RdfReader();
    private final RecordSplitter splitter;
    private final CatalogStore store;
    private final RecordValidator validator;

    public Importer(CatalogStore store, RecordValidator validator) {
        this.store = store;
        this.validator = validator;
        this.splitter = new RecordSplitter(store.iris());
    }

    /** Parses and splits a document without storing anything. */
    public List<DatasetRecord> parse(byte[] document, RdfSyntax syntax, String base) {
        return splitter.split(reader.read(document, syntax, base));
    }

    /** Parses and splits a document read from a stream (a file, say) without storing anything. */
    public List<DatasetRecord> parse(InputStream document, RdfSyntax syntax, String base) {
        return splitter.split(reader.read(document, syntax, base));
    }

    /** Stores every record of a document, all or nothing. */
    public Map<String, WriteOutcome> importDocument(byte[] document, RdfSyntax syntax, String base, String origin,
                                                    Profile profile) {
        return importDocument(document, syntax, base, origin, profile, records -> { });
    }

    /** Stores every record of a document, all or nothing, once {@code guard} accepted them (it throws to refuse). */
    public Map<String, WriteOutcome> importDocument(byte[] document, RdfSyntax syntax, String base, String origin,
                                                    Profile profile, Consumer<List<DatasetRecord>> guard) {
        return importDocument(document, syntax, base, origin, origin, profile, guard);
    }

    /** As above, naming in the change log who made the write ({@code actor}). */
    public Map<String, WriteOutcome> importDocument(byte[] document, RdfSyntax syntax, String base, String origin,
                                                    String actor, Profile profile, Consumer<List<DatasetRecord>> guard) {
        List<DatasetRecord> records = parse(document, syntax, base);
        guard.accept(records);
        return store(records, origin, actor, profile);
    }

    /** Stores a document that must describe exactly the one record {@code id}. */
    public WriteOutcome replace(String id, byte[] document, RdfSyntax syntax, String base, String origin, Profile profile) {
        return replace(id, document, syntax, base, origin, profile, records -> { });
    }

    /** Stores a document that must describe exactly the one record {@code id}, once {@code guard} accepted it. */
    public WriteOutcome replace(String id, byte[] document, RdfSyntax syntax, String base, String origin, Profile profile,
                                Consumer<List<DatasetRecord>> guard) {
        return replace(id, document, syntax, base, origin, origin, profile, guard);
    }

    /** As above, naming in the change log who made the write ({@code actor}). */
    public WriteOutcome replace(String id, byte[] document, RdfSyntax syntax, String base, String origin, String actor,
                                Profile profile, Consumer<List<DatasetRecord>> guard) {
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
        return store(records, origin, actor, profile).get(id);
    }

    /**
     * Validates every record, then stores them all with their warnings.
     *
     * @throws ValidationFailedException when any record has a Violation; nothing is stored
     */
    public Map<String, WriteOutcome> store(List<DatasetRecord> records, String origin, Profile profile) {
        return store(records, origin, origin, profile);
    }

    /**
     * Validates every record, then stores them all with their warnings, naming in the change log who made
     * the write ({@code actor}).
     *
     * @throws ValidationFailedException when any record has a Violation; nothing is stored
     */
    public Map<String, WriteOutcome> store(List<DatasetRecord> records, String origin, String actor, Profile profile) {
        List<RecordReport> reports = validator.validateAll(records, profile);
        if (reports.stream().anyMatch(report -> !report.conforms())) {
            throw new ValidationFailedException(reports);
        }
        Map<String, Graph> reportGraphs = new HashMap<>();
        reports.forEach(report -> reportGraphs.put(report.id(), report.graph()));
        return store.putAll(records, origin, reportGraphs, null, actor);
    }
}
