package fr.hautsdeseine.catalog;

import fr.hautsdeseine.catalog.backoffice.BackOffice;
import fr.hautsdeseine.catalog.config.BackOfficeConfig;
import fr.hautsdeseine.catalog.config.CatalogConfig;
import fr.hautsdeseine.catalog.config.ChangeLogConfig;
import fr.hautsdeseine.catalog.config.HarvestConfig;
import fr.hautsdeseine.catalog.config.OperationsConfig;
import fr.hautsdeseine.catalog.config.ReplicationConfig;
import fr.hautsdeseine.catalog.ops.BackupService;
import fr.hautsdeseine.catalog.ops.Readiness;
import fr.hautsdeseine.catalog.ops.ServerMetrics;
import fr.hautsdeseine.catalog.config.LinkCheckConfig;
import fr.hautsdeseine.catalog.harvest.HarvestScheduler;
import fr.hautsdeseine.catalog.harvest.HarvestService;
import fr.hautsdeseine.catalog.partner.PartnerTokens;
import fr.hautsdeseine.catalog.publish.Publication;
import fr.hautsdeseine.catalog.quality.LinkCheckScheduler;
import fr.hautsdeseine.catalog.quality.LinkChecker;
import fr.hautsdeseine.catalog.quality.LinkRegistry;
import fr.hautsdeseine.catalog.quality.QualityLists;
import fr.hautsdeseine.catalog.quality.QualityService;
import fr.hautsdeseine.catalog.replica.Replication;
import fr.hautsdeseine.catalog.ingest.Importer;
import fr.hautsdeseine.catalog.ingest.StartupData;
import fr.hautsdeseine.catalog.oai.OaiRepository;
import fr.hautsdeseine.catalog.index.CatalogIndex;
import fr.hautsdeseine.catalog.site.SiteServices;
import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.ChangeLogRetention;
import fr.hautsdeseine.catalog.store.StoreCompaction;
import fr.hautsdeseine.catalog.sparql.SparqlEndpoint;
import fr.hautsdeseine.catalog.validation.RecordValidator;
import fr.hautsdeseine.catalog.web.AdminServices;
import fr.hautsdeseine.catalog.web.WebApp;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the store, the start-up data and the web server together, and takes them down again. */
public final class CatalogServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CatalogServer.class);
    /** The index lives beside the store, follows its change log, and is rebuilt from it when missing or unusable. */
    public static final String INDEX_DIRECTORY = "index";

    private final CatalogConfig config;
    private final CatalogStore store;
    private final CatalogIndex search;
    private final Publication publication;
    private final Javalin web;
    private final HarvestScheduler scheduler;
    private final ServerMetrics metrics;
    private final Readiness readiness;
    private final BackupService backups;
    private final ChangeLogRetention retention;
    private final QualityService quality;
    private final LinkCheckScheduler linkChecks;
    private final Replication replication;

    private CatalogServer(CatalogConfig config, CatalogStore store, CatalogIndex search, Publication publication,
                          Javalin web, HarvestScheduler scheduler, ServerMetrics metrics, Readiness readiness,
                          BackupService backups, ChangeLogRetention retention, QualityService quality,
                          LinkCheckScheduler linkChecks, Replication replication) {
        this.config = config;
        this.store = store;
        this.search = search;
        this.publication = publication;
        this.web = web;
        this.scheduler = scheduler;
        this.metrics = metrics;
        this.readiness = readiness;
        this.backups = backups;
        this.retention = retention;
        this.quality = quality;
        this.linkChecks = linkChecks;
        this.replication = replication;
    }

    /** Starts the server; port 0 picks a free port (and a base URL on it, unless one was set). */
    public static CatalogServer start(CatalogConfig requested) {
        return start(requested, HarvestConfig.fromEnvironment());
    }

    public static CatalogServer start(CatalogConfig requested, HarvestConfig harvestConfig) {
        return start(requested, harvestConfig, OperationsConfig.fromEnvironment(), BackOfficeConfig.fromEnvironment());
    }

    public static CatalogServer start(CatalogConfig requested, HarvestConfig harvestConfig, OperationsConfig operations) {
        return start(requested, harvestConfig, operations, BackOfficeConfig.fromEnvironment());
    }

    public static CatalogServer start(CatalogConfig requested, HarvestConfig harvestConfig,
                                      BackOfficeConfig backOfficeConfig) {
        return start(requested, harvestConfig, OperationsConfig.fromEnvironment(), backOfficeConfig);
    }

    public static CatalogServer start(CatalogConfig requested, HarvestConfig harvestConfig, OperationsConfig operations,
                                      BackOfficeConfig backOfficeConfig) {
        return start(requested, harvestConfig, operations, backOfficeConfig, ReplicationConfig.fromEnvironment());
    }

    /** As a primary or as a read replica, as {@code replicationConfig} says. */
    public static CatalogServer start(CatalogConfig requested, ReplicationConfig replicationConfig) {
        return start(requested, HarvestConfig.fromEnvironment(), OperationsConfig.fromEnvironment(),
                BackOfficeConfig.fromEnvironment(), replicationConfig);
    }

    public static CatalogServer start(CatalogConfig requested, HarvestConfig harvestConfig, OperationsConfig operations,
                                      BackOfficeConfig backOfficeConfig, ReplicationConfig replicationConfig) {
        long started = System.nanoTime();
        CatalogConfig chosen = requested.port() == 0 ? requested.withPort(freePort()) : requested;
        // A replica's records come from the primary's log alone: no demo of its own.
        CatalogConfig config = replicationConfig.isReplica() ? chosen.withDemo(false) : chosen;
        ChangeLogConfig changeLog = ChangeLogConfig.fromEnvironment();
        CatalogStore store = CatalogStore.open(config.dataDir(), new CatalogIris(config.baseUrl()));
        Clock clock = Clock.systemUTC();
        // The index is opened on the other core while this one loads the rest; it follows the store's writes
        // from its start, so records the demo adds meanwhile reach it too.
        ExecutorService background = Executors.newSingleThreadExecutor();
        CompletableFuture<CatalogIndex> searching = CompletableFuture.supplyAsync(
                () -> CatalogIndex.open(store, config.dataDir().resolve(INDEX_DIRECTORY)), background);
        background.shutdown();
        QualityService quality = null;
        LinkCheckScheduler linkChecks = null;
        Replication replication = null;
        try {
            CatalogParts parts = CatalogParts.load(config.dataDir(), clock);
            RecordValidator validator = parts.validator();
            Importer importer = new Importer(store, validator);
            StartupData startup = new StartupData(store, importer);
            startup.ensureCatalogDescription();
            startup.ensureVocabularies(parts.vocabularies());
            if (config.loadDemo()) {
                startup.loadDemoIfEmpty();
            }
            HarvestService harvest = parts.harvest(store, harvestConfig);
            AdminServices admin = new AdminServices(harvest, PartnerTokens.in(config.dataDir(), clock), parts.audit());
            CatalogIndex search = joined(searching);
            search.labels().learnShared();
            Publication publication = new Publication(store, clock, search);
            quality = new QualityService(store, QualityLists.from(parts.vocabularies().get()),
                    LinkRegistry.load(store), clock);
            LinkCheckConfig linkConfig = LinkCheckConfig.fromEnvironment();
            linkChecks = new LinkCheckScheduler(quality, new LinkChecker(linkConfig, harvestConfig::allows, clock), parts.audit())
                    .start(linkConfig);
            ServerMetrics metrics = metrics(store, harvest, search);
            Readiness readiness = new Readiness();
            readiness.register("index", () -> indexLag(store, search) == 0 ? Optional.empty()
                    : Optional.of(indexLag(store, search) + " changes behind the store"));
            QualityService scores = quality;
            readiness.register("quality", () -> scores.isReady() ? Optional.empty()
                    : Optional.of("scoring the records stored before this start"));
            BackupService backups = new BackupService(store, config.dataDir(), operations.backupDir(),
                    operations.backupKeep(), clock);
            if (operations.backupEveryHours() > 0) {
                backups.schedule(Duration.ofHours(operations.backupEveryHours()));
            }
            replication = Replication.start(replicationConfig, store, clock);
            readiness.register("replication", replication::notReady);
            metrics.replication(replication::lag);
            var observability = new WebApp.Observability(metrics, readiness, operations.accessLog(), backups, replication);
            BackOffice backOffice = BackOfficeParts.assemble(config, backOfficeConfig, clock, store, importer,
                    parts, harvest);
            var storeAccess = new WebApp.StoreAccess(store, store, () -> StoreCompaction.compact(store), store.gate(),
                    context -> SparqlEndpoint.mount(context, store.datasetGraph(), config, store::hidePrivateGraphs));
            var oai = new OaiRepository(publication, store, clock, changeLog.keepsEverything());
            Javalin web = WebApp.create(config, storeAccess, importer, admin, search, publication,
                    SiteServices.open(store, search), oai, quality, linkChecks, observability, backOffice).start();
            // Scoring the stored records takes a core for seconds (a minute at 100,000): it starts once the server
            // answers, and readiness waits for it. A write that lands before it is among the records it scores.
            quality.start();
            HarvestScheduler scheduler = new HarvestScheduler(harvest, clock);
            if (!replicationConfig.isReplica()) {
                // Harvests write: on a replica they arrive through the primary's log.
                scheduler.start(harvestConfig.scheduleTick());
            }
            ChangeLogRetention retention = new ChangeLogRetention(store.changes(), changeLog.retainEntries())
                    .start(Duration.ofMinutes(1), Duration.ofHours(1));
            log.info("[startup] catalog of {} records served at {} (port {}, {}) in {} ms", store.recordCount(),
                    config.baseUrl(), config.port(), replication.role().label(), (System.nanoTime() - started) / 1_000_000);
            return new CatalogServer(config, store, search, publication, web, scheduler, metrics, readiness, backups,
                    retention, quality, linkChecks, replication);
        } catch (RuntimeException e) {
            if (replication != null) {
                replication.close();
            }
            if (linkChecks != null) {
                linkChecks.close();
            }
            if (quality != null) {
                quality.close();
            }
            // The index reads the store: let it end before closing it.
            searching.handle((done, failed) -> null).join();
            if (!searching.isCompletedExceptionally()) {
                searching.join().close();
            }
            store.close();
            throw e;
        }
    }

    /** Change log entries the index has not applied yet. */
    private static long indexLag(CatalogStore store, CatalogIndex search) {
        return Math.max(0, store.changes().lastSequence() - search.appliedSequence().orElse(0));
    }

    private static ServerMetrics metrics(CatalogStore store, HarvestService harvest, CatalogIndex search) {
        ServerMetrics metrics = new ServerMetrics();
        metrics.gauge("catalog.index.lag", "Change log entries the index has not applied yet", "entries",
                () -> indexLag(store, search));
        metrics.gauge("catalog.changelog.last", "Sequence number of the change log's last entry", null,
                () -> store.changes().lastSequence());
        metrics.gauge("catalog.records", "Records in the store", null, store::recordCount);
        metrics.followers(store.followers());
        metrics.gauge("catalog.store.size", "Disk used by the TDB2 store, every generation", "bytes",
                () -> StoreCompaction.bytesUsed(store));
        harvest.onReport(report -> metrics.harvestRun(report.source(), report.status(), report.counts().created(),
                report.counts().updated(), report.counts().withdrawn(),
                report.counts().invalid() + report.counts().failed()));
        return metrics;
    }

    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    public CatalogConfig config() {
        return config;
    }

    public int port() {
        return web.port();
    }

    public CatalogStore store() {
        return store;
    }

    public CatalogIndex index() {
        return search;
    }

    @Override
    public void close() {
        readiness.stopping();
        scheduler.close();
        replication.close();
        linkChecks.close();
        backups.close();
        web.stop();
        retention.close();
        quality.close();
        search.close();
        store.close();
        metrics.close();
        log.info("[shutdown] store closed");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
