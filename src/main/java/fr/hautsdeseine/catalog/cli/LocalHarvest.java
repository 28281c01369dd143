package fr.hautsdeseine.catalog.cli;

import fr.hautsdeseine.catalog.CatalogParts;
import fr.hautsdeseine.catalog.config.CatalogConfig;
import fr.hautsdeseine.catalog.config.HarvestConfig;
import fr.hautsdeseine.catalog.harvest.HarvestReport;
import fr.hautsdeseine.catalog.harvest.HarvestService;
import fr.hautsdeseine.catalog.harvest.HarvestSource;
import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/** The harvest commands on a store no server holds: the same service the server runs, opened here. */
final class LocalHarvest implements HarvestTarget {
    private final CatalogStore store;
    private final HarvestService harvest;

    private LocalHarvest(CatalogStore store, HarvestService harvest) {
        this.store = store;
        this.harvest = harvest;
    }

    static LocalHarvest open(CatalogConfig config, HarvestConfig limits) {
        CatalogStore store = CatalogStore.open(config.dataDir(), new CatalogIris(config.baseUrl()));
        try {
            return new LocalHarvest(store, CatalogParts.load(config.dataDir(), Clock.systemUTC()).harvest(store, limits));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    @Override
    public void add(HarvestSource source) {
        harvest.add(source);
    }

    @Override
    public List<SourceStatus> list() {
        return harvest.sources().stream()
                .map(source -> new SourceStatus(source, false, harvest.latestReport(source.name())))
                .toList();
    }

    @Override
    public HarvestReport run(String name, Consumer<String> progress) {
        if (harvest.source(name).isEmpty()) {
            throw HarvestTarget.unknown(name);
        }
        return harvest.run(name, progress);
    }

    @Override
    public HarvestReport preview(String name, Consumer<String> progress) {
        if (harvest.source(name).isEmpty()) {
            throw HarvestTarget.unknown(name);
        }
        return harvest.preview(name, progress);
    }

    @Override
    public void remove(String name) {
        if (!harvest.remove(name, "cli:" + System.getProperty("user.name"))) {
            throw HarvestTarget.unknown(name);
        }
    }

    @Override
    public void close() {
        store.close();
    }
}
