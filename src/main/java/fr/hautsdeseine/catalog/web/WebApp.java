package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.config.CatalogConfig;
import fr.hautsdeseine.catalog.ingest.Importer;
import fr.hautsdeseine.catalog.ingest.RdfParseException;
import fr.hautsdeseine.catalog.ingest.RecordRejectedException;
import fr.hautsdeseine.catalog.search.SearchIndex;
import fr.hautsdeseine.catalog.sparql.SparqlEndpoint;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.RecordClashException;
import io.javalin.Javalin;

/** The web server: one Javalin app whose route table is below, with the SPARQL endpoint beside it. */
public final class WebApp {
    private WebApp() {
    }

    public static Javalin create(CatalogConfig config, CatalogStore store, Importer importer, SearchIndex search) {
        var health = new HealthHandler(store);
        var writes = new RecordWriteHandlers(importer, store,
                new RequestBodies(config.maxBodyBytes()), new AdminAuth(config.adminToken()));
        var errors = new ErrorResponses();
        var site = new SiteRoutes(store, search);

        return Javalin.create(app -> {
            app.startup.showJavalinBanner = false;
            app.jetty.port = config.port();
            // Bodies are read and limited by RequestBodies, which answers 413 itself.
            app.http.maxRequestSize = Long.MAX_VALUE;
            app.jetty.modifyServletContextHandler(context -> SparqlEndpoint.mount(context, store.datasetGraph()));

            app.routes.get("/health", health::show);
            app.routes.put("/api/datasets/{id}", writes::replace);
            app.routes.post("/api/datasets", writes::add);
            app.routes.delete("/api/datasets/{id}", writes::withdraw);
            site.register(app);

            app.routes.exception(ApiException.class, errors::api);
            app.routes.exception(RdfParseException.class, errors::malformed);
            app.routes.exception(RecordRejectedException.class, errors::rejected);
            app.routes.exception(RecordClashException.class, errors::clash);
            app.routes.exception(Exception.class, errors::unexpected);
        });
    }
}
