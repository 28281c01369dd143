package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.backoffice.BackOffice;
import fr.hautsdeseine.catalog.config.CatalogConfig;
import fr.hautsdeseine.catalog.config.ValidationLimits;
import fr.hautsdeseine.catalog.ingest.DatasetTakenException;
import fr.hautsdeseine.catalog.ingest.Importer;
import fr.hautsdeseine.catalog.ingest.ParseLimitException;
import fr.hautsdeseine.catalog.ingest.RdfParseException;
import fr.hautsdeseine.catalog.ingest.RecordLimitException;
import fr.hautsdeseine.catalog.ingest.RecordRejectedException;
import fr.hautsdeseine.catalog.ops.BackupService;
import fr.hautsdeseine.catalog.ops.Readiness;
import fr.hautsdeseine.catalog.ops.ServerMetrics;
import fr.hautsdeseine.catalog.oai.OaiRepository;
import fr.hautsdeseine.catalog.publish.Publication;
import fr.hautsdeseine.catalog.quality.LinkCheckScheduler;
import fr.hautsdeseine.catalog.quality.QualityService;
import fr.hautsdeseine.catalog.index.CatalogIndex;
import fr.hautsdeseine.catalog.replica.Replication;
import fr.hautsdeseine.catalog.site.QualityViews;
import fr.hautsdeseine.catalog.site.SiteServices;
import fr.hautsdeseine.catalog.sparql.SparqlEndpoint;
import fr.hautsdeseine.catalog.store.RecordClashException;
import fr.hautsdeseine.catalog.store.RecordReader;
import fr.hautsdeseine.catalog.store.RecordWithdrawal;
import fr.hautsdeseine.catalog.store.StoreCompaction;
import fr.hautsdeseine.catalog.store.TransactionGate;
import fr.hautsdeseine.catalog.validation.ValidationFailedException;
import io.javalin.Javalin;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/** The web server: one Javalin app whose route table is below, with the SPARQL endpoint beside it. */
public final class WebApp {
    private WebApp() {
    }

    /** What the server reports on itself: metrics, readiness, and whether to write an access log. */
    public record Observability(ServerMetrics metrics, Readiness readiness, boolean accessLog, BackupService backups,
                                Replication replication) {
    }

    /**
     * What the routes may do with the store, each through the narrowest service that does it: read records,
     * withdraw one, compact the store, pass its transaction gate, and mount the SPARQL endpoint over it.
     */
    public record StoreAccess(RecordReader records, RecordWithdrawal withdrawal,
                              Supplier<StoreCompaction.Result> compaction, TransactionGate gate,
                              Consumer<ServletContextHandler> sparql) {
    }

    public static Javalin create(CatalogConfig config, StoreAccess store, Importer importer,
                                 AdminServices admin, CatalogIndex search, Publication publication, SiteServices siteViews,
                                 OaiRepository oai, QualityService quality, LinkCheckScheduler linkChecks,
                                 Observability observability, BackOffice backOffice) {
        RecordReader records = store.records();
        var bodies = new RequestBodies(config.maxBodyBytes());
        var reports = new ReportResponses();
        var auth = new AdminAuth(config.adminToken(), admin.tokens());
        var operations = new OperationsRoutes(records, store.compaction(), observability.metrics(),
                observability.readiness(), auth, observability.backups(), observability.replication());
        var writes = new RecordWriteHandlers(importer, records, store.withdrawal(), bodies, auth, admin.audit());
        var validation = new ValidationHandler(importer, ValidationLimits.fromEnvironment(), reports,
                records.iris().documentBase());
        var partners = new PartnerRoutes(admin, auth);
        var errors = new ErrorResponses(reports);
        var site = new SiteRoutes(siteViews, search, publication, new QualityViews(quality, siteViews.links()));
        var qualityRoutes = new QualityRoutes(records, quality, linkChecks, auth);
        var published = new PublicationRoutes(publication, site.datasetPage());
        var backOfficeRoutes = new BackOfficeRoutes(records.iris().base(), backOffice, admin, auth, quality,
                linkChecks);

        return Javalin.create(app -> {
            app.startup.showJavalinBanner = false;
            app.jetty.port = config.port();
            // Bodies are read and limited by RequestBodies, which answers 413 itself.
            app.http.maxRequestSize = Long.MAX_VALUE;
            app.jetty.modifyServletContextHandler(context -> {
                // First of all filters, so that it sees /sparql too and times the whole request.
                context.addFilter(new FilterHolder(new RequestObserver(observability.metrics(), observability.accessLog())),
                        "/*", EnumSet.of(DispatcherType.REQUEST));
                context.addFilter(new FilterHolder(new ContentSecurityPolicy(config.baseUrl())), "/*",
                        EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
                // Queries run inside the store's transaction gate, so that compaction waits for them.
                context.addFilter(new FilterHolder(new TransactionGateFilter(store.gate())), SparqlEndpoint.PATH,
                        EnumSet.of(DispatcherType.REQUEST));
                store.sparql().accept(context);
            });

            // On a replica, before every route: writes and the primary's own pages are refused.
            observability.replication().primaryUrl().ifPresent(primary -> new ReplicaRefusal(primary).register(app.routes));
            operations.register(app.routes);
            app.routes.put("/api/datasets/{id}", writes::replace);
            app.routes.post("/api/datasets", writes::add);
            app.routes.delete("/api/datasets/{id}", writes::withdraw);
            app.routes.post("/api/validate", validation::validate);
            partners.register(app.routes);
            qualityRoutes.register(app.routes);
            published.register(app.routes);
            new ExportRoutes(publication).register(app.routes);
            new AtomFeedRoutes(records, search, siteViews.labels()).register(app.routes);
            new OaiRoutes(oai, records::lastChange).register(app.routes);
            new ChangeFeedRoutes(publication, records::lastChange).register(app.routes);
            site.register(app);
            backOfficeRoutes.register(app.routes);

            app.routes.exception(ApiException.class, errors::api);
            app.routes.exception(RdfParseException.class, errors::malformed);
            app.routes.exception(RecordRejectedException.class, errors::rejected);
            app.routes.exception(ParseLimitException.class, errors::parseLimit);
            app.routes.exception(RecordLimitException.class, errors::recordLimit);
            app.routes.exception(RecordClashException.class, errors::clash);
            app.routes.exception(DatasetTakenException.class, errors::datasetTaken);
            app.routes.exception(ValidationFailedException.class, errors::invalid);
            app.routes.exception(Exception.class, errors::unexpected);
        });
    }
}
