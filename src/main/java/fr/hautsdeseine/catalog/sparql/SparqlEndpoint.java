package fr.hautsdeseine.catalog.sparql;

import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.fuseki.servlets.FusekiFilter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/**
 * The read-only SPARQL 1.1 query endpoint at {@code /sparql}: Fuseki's dispatch filter, mounted in
 * the web server's servlet context, over the same dataset the catalog writes to.
 */
public final class SparqlEndpoint {
    public static final String PATH = "/sparql";

    private SparqlEndpoint() {
    }

    public static void mount(ServletContextHandler context, DatasetGraph dataset) {
        DataService service = DataService.newBuilder(dataset)
                .addEndpoint(Operation.Query)
                .build();
        OperationRegistry operations = OperationRegistry.createStd();
        service.setEndpointProcessors(operations);
        DataAccessPointRegistry registry = new DataAccessPointRegistry();
        registry.register(new DataAccessPoint(PATH, service));
        service.goActive();

        DataAccessPointRegistry.set(context.getServletContext(), registry);
        OperationRegistry.set(context.getServletContext(), operations);
        context.addFilter(new FilterHolder(new FusekiFilter()), PATH, EnumSet.of(DispatcherType.REQUEST));
    }
}
