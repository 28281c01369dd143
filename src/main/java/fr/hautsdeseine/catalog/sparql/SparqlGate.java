package fr.hautsdeseine.catalog.sparql;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Everything {@code /sparql} does before Fuseki sees a query: CORS, the read-only rule, the query page
 * and service description for a request without a query, the {@code format} parameter, the size of a
 * query, and the cap on queries running at once. Every query is logged when it ends.
 */
final class SparqlGate implements Filter {
    static final int RETRY_AFTER_SECONDS = 5;
    /** Refused bodies up to this size are read to the end before the refusal is sent. */
    private static final long DISCARDED_BODY_BYTES = 4L * 1024 * 1024;
    private static final String SPARQL_UPDATE = "application/sparql-update";
    private static final String SPARQL_QUERY = "application/sparql-query";

    private final SparqlLimits limits;
    private final Semaphore running;
    private final QueryLog queryLog = new QueryLog();
    private final EndpointPages pages;
    private final AutoCloseable onDestroy;

    SparqlGate(SparqlLimits limits, EndpointPages pages, AutoCloseable onDestroy) {
        this.limits = limits;
        this.running = new Semaphore(limits.maxConcurrent(), true);
        this.pages = pages;
        this.onDestroy = onDestroy;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        long started = System.nanoTime();
        long id = queryLog.start(request);
        response.setHeader(QueryLog.REQUEST_ID_HEADER, Long.toString(id));
        Cors.allow(response);
        String method = request.getMethod();
        if ("OPTIONS".equals(method)) {
            Cors.preflight(response);
            return;
        }
        if (!"GET".equals(method) && !"POST".equals(method)) {
            response.setHeader("Allow", Cors.METHODS);
            error(response, 405, "Method " + method + " is not allowed on /sparql: use GET or POST");
            return;
        }
        if (isUpdate(request)) {
            error(response, 403, "This endpoint is read-only: SPARQL Update is refused");
            return;
        }
        FormatParameter format;
        try {
            format = FormatParameter.of(request);
        } catch (IllegalArgumentException e) {
            error(response, 400, e.getMessage());
            return;
        }
        if ("GET".equals(method) && request.getParameter("query") == null) {
            pages.describe(request, response, format);
            return;
        }
        if ("POST".equals(method) && request.getContentLengthLong() > limits.maxQueryBytes()) {
            discardModestBody(request, response);
            error(response, 413, "The query is larger than " + limits.maxQueryBytes() + " bytes, the limit of this endpoint");
            return;
        }
        runQuery(format.wrap(request), response, chain, started);
    }

    private void runQuery(HttpServletRequest request, HttpServletResponse response, FilterChain chain, long started)
            throws IOException, ServletException {
        boolean admitted;
        try {
            admitted = running.tryAcquire(limits.queueWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            error(response, 503, "Too many queries are running (at most " + limits.maxConcurrent()
                    + " at once): retry in " + RETRY_AFTER_SECONDS + " seconds");
            queryLog.finish(request, 503, started);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            running.release();
            queryLog.finish(request, response.getStatus(), started);
        }
    }

    /**
     * Reads and drops a refused body that is not much larger than the limit, so that a client still sending it
     * reads the refusal instead of a reset connection; a larger one is left unread and the connection closed.
     */
    private static void discardModestBody(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getContentLengthLong() > DISCARDED_BODY_BYTES) {
            response.setHeader("Connection", "close");
            return;
        }
        try (InputStream body = request.getInputStream()) {
            body.transferTo(OutputStream.nullOutputStream());
        }
    }

    private static boolean isUpdate(HttpServletRequest request) {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith(SPARQL_UPDATE)) {
            return true;
        }
        // A body of application/sparql-query is the query itself, not a form: do not read it here.
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith(SPARQL_QUERY)) {
            return false;
        }
        return request.getParameter("update") != null;
    }

    static void error(HttpServletResponse response, int status, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    @Override
    public void destroy() {
        try {
            onDestroy.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
