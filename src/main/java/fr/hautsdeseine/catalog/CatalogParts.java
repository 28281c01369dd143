package fr.hautsdeseine.catalog;

import fr.hautsdeseine.catalog.audit.AuditLog;
import fr.hautsdeseine.catalog.config.HarvestConfig;
import fr.hautsdeseine.catalog.harvest.HarvestService;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.validation.RecordValidator;
import fr.hautsdeseine.catalog.vocab.Vocabularies;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.apache.jena.graph.Graph;

/**
 * What the server and the command line build alike over a data directory: the vocabularies, the
 * validator with the shapes, the audit log and the harvest service.
 *
 * @param vocabularies each vocabulary by name, as stored in the store
 * @param allVocabularies their union, which validation and harvest read
 */
public record CatalogParts(Path dataDir, Clock clock, Map<String, Graph> vocabularies, Graph allVocabularies,
                           RecordValidator validator, AuditLog audit) {

    /** Parses the vocabularies and the shapes (a second or two). */
    public static CatalogParts load(Path dataDir, Clock clock) {
        Map<String, Graph> vocabularies = Vocabularies.loadEach();
        Graph all = Vocabularies.union(vocabularies);
        return new CatalogParts(dataDir, clock, vocabularies, all, RecordValidator.standard(all),
                AuditLog.in(dataDir, clock));
    }

    public HarvestService harvest(CatalogStore store, HarvestConfig config) {
        return HarvestService.open(store, dataDir, config, validator, allVocabularies, audit, clock);
    }
}
