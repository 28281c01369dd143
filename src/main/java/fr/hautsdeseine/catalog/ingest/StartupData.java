package fr.hautsdeseine.catalog.ingest;

import fr.hautsdeseine.catalog.store.CatalogStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import fr.hautsdeseine.catalog.validation.Profile;
import fr.hautsdeseine.catalog.vocab.ShippedVocabularies;
import fr.hautsdeseine.catalog.vocab.Vocabularies;
import org.apache.jena.graph.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a store gets on start-up: the catalog's own description, and the demo catalog when empty. */
public final class StartupData {
    private static final Logger log = LoggerFactory.getLogger(StartupData.class);
    static final String CATALOG_DESCRIPTION = "/catalog/catalog.ttl";
    static final String DEMO_CATALOG = "/demo/hds-catalog.ttl";

    private final CatalogStore store;
    private final Importer importer;

    public StartupData(CatalogStore store, Importer importer) {
        this.store = store;
        this.importer = importer;
    }

    public void ensureCatalogDescription() {
        // The shipped description is also the registry of publishers (see RecordOwnership): a store written by
        // an earlier version gets the current one, not only an empty store.
        Graph shipped = new RdfReader().read(resource(CATALOG_DESCRIPTION), RdfSyntax.TURTLE, store.iris().documentBase());
        Optional<Graph> stored = store.catalogDescription();
        if (stored.isEmpty() || !stored.get().isIsomorphicWith(shipped)) {
            store.replaceCatalogDescription(shipped);
            log.info("[startup] catalog description loaded");
        }
    }

    /** Loads each vocabulary of ontology/ into its graph, where it differs from the stored one. */
    public void ensureVocabularies(ShippedVocabularies vocabularies) {
        int replaced = 0;
        for (String name : Vocabularies.NAMES) {
            String fingerprint = Vocabularies.fingerprint(name);
            // One triple read per vocabulary, and no parsing at all when the store is up to date.
            if (!store.vocabularyFingerprint(name).equals(Optional.of(fingerprint))) {
                store.replaceVocabulary(name, vocabularies.each().get(name), fingerprint);
                replaced++;
            }
        }
        if (replaced > 0) {
            log.info("[startup] {} vocabularies loaded", replaced);
        }
    }

    /** Loads the demo catalog of the Hauts-de-Seine into an empty store; true when it did. */
    public boolean loadDemoIfEmpty() {
        if (!store.isEmpty()) {
            return false;
        }
        var outcomes = importer.importDocument(resource(DEMO_CATALOG), RdfSyntax.TURTLE, store.iris().documentBase(),
                "demo", Profile.PORTAL);
        log.info("[startup] demo catalog loaded: {} records", outcomes.size());
        return true;
    }

    static byte[] resource(String path) {
        try (InputStream in = StartupData.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + path + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
