package fr.hautsdeseine.catalog.sparql;

import fr.hautsdeseine.catalog.config.CatalogConfig;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.function.Consumer;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.fuseki.servlets.FusekiFilter;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/**
 * The read-only SPARQL 1.1 query endpoint at {@code /sparql}: Fuseki's dispatch filter, mounted in
 * the web server's servlet context over the same dataset the catalog writes to, behind
 * {@link SparqlGate} and with {@link BoundedQueryProcessor} as its query operation.
 */
public final class SparqlEndpoint {
    public static final String PATH = "/sparql";
    /** Rows a sort, DISTINCT or grouping keeps in memory before it spills to disk. */
    static final long SPILL_THRESHOLD_ROWS = 100_000;

    private SparqlEndpoint() {
    }

    /** {@code publicOnly} sets, in the context every query runs with, what keeps private graphs out of sight. */
    public static void mount(ServletContextHandler context, DatasetGraph dataset, CatalogConfig config,
                             Consumer<Context> publicOnly) {
        mount(context, dataset, config.baseUrl(),
                SparqlLimits.of(config.sparqlTimeout(), config.sparqlMaxRows(), config.sparqlMaxConcurrent()), publicOnly);
    }

    public static void mount(ServletContextHandler context, DatasetGraph dataset, String baseUrl, SparqlLimits limits,
                             Consumer<Context> publicOnly) {
        disableServiceCalls();
        LinearRegex.register();
        // ARQ reads the top-N threshold from its global context only: ORDER BY ... LIMIT maxRows + 1,
        // which every capped SELECT becomes, then sorts with a bounded heap.
        ARQ.getContext().set(ARQ.topNSortingThreshold, limits.maxRows() + 1);

        QueryWatchdog watchdog = new QueryWatchdog();
        Endpoint query = Endpoint.create()
                .operation(Operation.Query)
                .context(queryContext(limits, publicOnly))
                .processor(new BoundedQueryProcessor(limits, watchdog, QueryNesting.fromEnvironment()))
                .build();
        DataService service = DataService.newBuilder(dataset).addEndpoint(query).build();
        OperationRegistry operations = OperationRegistry.createStd();
        service.setEndpointProcessors(operations);
        DataAccessPointRegistry registry = new DataAccessPointRegistry();
        registry.register(new DataAccessPoint(PATH, service));
        service.goActive();

        DataAccessPointRegistry.set(context.getServletContext(), registry);
        OperationRegistry.set(context.getServletContext(), operations);
        EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);
        EndpointPages pages = new EndpointPages(new ServiceDescription(baseUrl, limits));
        context.addFilter(new FilterHolder(new SparqlAssets()), SparqlAssets.PATH + "*", requests);
        context.addFilter(new FilterHolder(new SparqlGate(limits, pages, watchdog)), PATH, requests);
        context.addFilter(new FilterHolder(new FusekiFilter()), PATH, requests);
    }

    /**
     * SERVICE would let any anonymous query make this server open connections (SSRF), and a blocked
     * remote read ignores every time limit. The global switch is checked first by ARQ, for every
     * query of this JVM; the context setting covers code that resets the global.
     */
    static void disableServiceCalls() {
        ARQ.globalServiceAllowed = false;
    }

    private static Context queryContext(SparqlLimits limits, Consumer<Context> publicOnly) {
        Context context = new Context();
        publicOnly.accept(context);
        // Fuseki's own alarm, and the bound it puts on a request's timeout parameter.
        context.set(ARQ.queryTimeout, Long.toString(limits.timeout().toMillis()));
        context.set(ARQ.httpServiceAllowed, false);
        context.set(ARQ.spillToDiskThreshold, SPILL_THRESHOLD_ROWS);
        return context;
    }
}
