package fr.hautsdeseine.catalog.sparql;

import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One INFO line per query (request id, status, duration, rows); the query text is logged at DEBUG
 * by {@link BoundedQueryProcessor}. The id travels as a request attribute and an {@code X-Request-Id}
 * response header, so that a user's report can be matched to the log.
 */
final class QueryLog {
    static final String REQUEST_ID_HEADER = "X-Request-Id";
    private static final Logger log = LoggerFactory.getLogger(QueryLog.class);
    private static final String ID = QueryLog.class.getName() + ".id";
    private static final String ROWS = QueryLog.class.getName() + ".rows";

    private final AtomicLong ids = new AtomicLong();

    long start(HttpServletRequest request) {
        long id = ids.incrementAndGet();
        request.setAttribute(ID, id);
        return id;
    }

    void finish(HttpServletRequest request, int status, long startNanos) {
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        Object rows = request.getAttribute(ROWS);
        log.info("[sparql {}] {} {} in {} ms, {} rows", requestId(request), request.getMethod(), status, millis,
                rows == null ? "no" : rows);
    }

    static long requestId(HttpServletRequest request) {
        return request.getAttribute(ID) instanceof Long id ? id : 0L;
    }

    static void rows(HttpServletRequest request, long count) {
        request.setAttribute(ROWS, count);
    }
}
