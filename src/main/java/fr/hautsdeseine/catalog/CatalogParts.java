package fr.hautsdeseine.catalog;

import fr.hautsdeseine.catalog.audit.AuditLog;
import fr.hautsdeseine.catalog.config.HarvestConfig;
import fr.hautsdeseine.catalog.harvest.HarvestService;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.validation.RecordValidator;
import fr.hautsdeseine.catalog.vocab.ShippedVocabularies;
import java.nio.file.Path;
import java.time.Clock;

/**
 * What the server and the command line build alike over a data directory: the vocabularies, the
 * validator with the shapes, the audit log and the harvest service. Vocabularies and shapes are
 * parsed on first use, so building the parts costs next to nothing.
 */
public record CatalogParts(Path dataDir, Clock clock, ShippedVocabularies vocabularies, RecordValidator validator,
                           AuditLog audit) {

    public static CatalogParts load(Path dataDir, Clock clock) {
        ShippedVocabularies vocabularies = new ShippedVocabularies();
        return new CatalogParts(dataDir, clock, vocabularies, RecordValidator.standard(vocabularies),
                AuditLog.in(dataDir, clock));
    }

    public HarvestService harvest(CatalogStore store, HarvestConfig config) {
        return HarvestService.open(store, dataDir, config, validator, vocabularies, audit, clock);
    }
}
