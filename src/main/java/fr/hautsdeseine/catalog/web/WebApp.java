package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.backoffice.BackOffice;
import fr.hautsdeseine.catalog.config.CatalogConfig;
import fr.hautsdeseine.catalog.ingest.Importer;
import fr.hautsdeseine.catalog.ingest.RdfParseException;
import fr.hautsdeseine.catalog.ingest.RecordRejectedException;
import fr.hautsdeseine.catalog.publish.Publication;
import fr.hautsdeseine.catalog.search.SearchIndex;
import fr.hautsdeseine.catalog.sparql.SparqlEndpoint;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.RecordClashException;
import fr.hautsdeseine.catalog.validation.RecordValidator;
import fr.hautsdeseine.catalog.validation.ValidationFailedException;
import io.javalin.Javalin;

/** The web server: one Javalin app whose route table is below, with the SPARQL endpoint beside it. */
public final class WebApp {
    private WebApp() {
    }

    public static Javalin create(CatalogConfig config, CatalogStore store, Importer importer, RecordValidator validator,
                                 AdminServices admin, SearchIndex search, Publication publication,
                                 BackOffice backOffice) {
        var bodies = new RequestBodies(config.maxBodyBytes());
        var reports = new ReportResponses();
        var health = new HealthHandler(store);
        var auth = new AdminAuth(config.adminToken(), admin.tokens());
        var writes = new RecordWriteHandlers(importer, store, bodies, auth, admin.audit());
        var validation = new ValidationHandler(importer, validator, bodies, reports, store.iris().documentBase());
        var partners = new PartnerRoutes(admin, auth);
        var errors = new ErrorResponses(reports);
        var site = new SiteRoutes(store, search);
        var published = new PublicationRoutes(publication, site.datasetPage());
        var backOfficeRoutes = new BackOfficeRoutes(store.iris().base(), backOffice, admin, auth);

        return Javalin.create(app -> {
            app.startup.showJavalinBanner = false;
            app.jetty.port = config.port();
            // Bodies are read and limited by RequestBodies, which answers 413 itself.
            app.http.maxRequestSize = Long.MAX_VALUE;
            app.jetty.modifyServletContextHandler(context -> SparqlEndpoint.mount(context, store.datasetGraph(), config));

            app.routes.get("/health", health::show);
            app.routes.put("/api/datasets/{id}", writes::replace);
            app.routes.post("/api/datasets", writes::add);
            app.routes.delete("/api/datasets/{id}", writes::withdraw);
            app.routes.post("/api/validate", validation::validate);
            partners.register(app.routes);
            published.register(app.routes);
            site.register(app);
            backOfficeRoutes.register(app.routes);

            app.routes.exception(ApiException.class, errors::api);
            app.routes.exception(RdfParseException.class, errors::malformed);
            app.routes.exception(RecordRejectedException.class, errors::rejected);
            app.routes.exception(RecordClashException.class, errors::clash);
            app.routes.exception(ValidationFailedException.class, errors::invalid);
            app.routes.exception(Exception.class, errors::unexpected);
        });
    }
}
