package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.ops.ServerMetrics;
import fr.hautsdeseine.catalog.ops.ServerMetrics.SparqlOutcome;
import fr.hautsdeseine.catalog.ops.ServerMetrics.WriteOutcome;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The first filter every request meets, {@code /sparql} included: it gives the request an id (the
 * caller's {@code X-Request-Id} when it is a sane token), puts it in every log line of the request,
 * writes the access log line, and counts the request in the metrics by route template.
 */
final class RequestObserver implements Filter {
    static final String REQUEST_ID_HEADER = "X-Request-Id";
    /** Set by the route table once Javalin has matched a route: its template, such as {@code /datasets/{id}}. */
    static final String ROUTE_ATTRIBUTE = RequestObserver.class.getName() + ".route";
    static final String MDC_KEY = "request";
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Logger access = LoggerFactory.getLogger("access");

    private final ServerMetrics metrics;
    private final boolean accessLog;

    RequestObserver(ServerMetrics metrics, boolean accessLog) {
        this.metrics = metrics;
        this.accessLog = accessLog;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        long started = System.nanoTime();
        String id = requestId(request.getHeader(REQUEST_ID_HEADER));
        request.setAttribute(REQUEST_ID_HEADER, id);
        response.setHeader(REQUEST_ID_HEADER, id);
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            long elapsed = System.nanoTime() - started;
            observe(request, response, elapsed);
            MDC.remove(MDC_KEY);
        }
    }

    private void observe(HttpServletRequest request, HttpServletResponse response, long nanos) {
        int status = response.getStatus();
        String method = request.getMethod();
        String route = route(request);
        metrics.request(route, method, status, nanos);
        if (route.equals("/sparql") && request.getParameter("query") != null) {
            metrics.sparqlQuery(SparqlOutcome.of(status, response.getHeader("Retry-After") != null));
        }
        if (route.startsWith("/api/datasets") && !method.equals("GET") && !method.equals("HEAD")) {
            metrics.recordWrite(WriteOutcome.of(status));
        }
        if (accessLog) {
            String query = request.getQueryString();
            access.info("{} {}{} {} {} ms", method, request.getRequestURI(), query == null ? "" : "?" + query,
                    status, nanos / 1_000_000);
        }
    }

    /** The route template Javalin matched; the endpoint's own path for what Javalin does not route. */
    private static String route(HttpServletRequest request) {
        Object matched = request.getAttribute(ROUTE_ATTRIBUTE);
        if (matched != null) {
            return matched.toString();
        }
        String path = request.getRequestURI();
        if (path.equals("/sparql")) {
            return "/sparql";
        }
        if (path.startsWith("/assets/")) {
            return "/assets/*"; // static files
        }
        return "unmatched";
    }

    private static String requestId(String offered) {
        if (offered != null && SANE_ID.matcher(offered).matches()) {
            return offered;
        }
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }
}
