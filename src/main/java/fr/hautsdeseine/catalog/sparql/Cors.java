package fr.hautsdeseine.catalog.sparql;

import jakarta.servlet.http.HttpServletResponse;

/**
 * CORS for a public read-only endpoint: any origin may query it from a web page or a notebook. No
 * credentials are involved, so {@code *} is safe.
 */
final class Cors {
    static final String METHODS = "GET, POST, OPTIONS";
    static final String HEADERS = "Accept, Content-Type, Accept-Language, X-Requested-With";
    static final String EXPOSED = "Retry-After, X-Request-Id, Content-Disposition, Content-Length";
    static final String MAX_AGE_SECONDS = "86400";

    private Cors() {
    }

    static void allow(HttpServletResponse response) {
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Expose-Headers", EXPOSED);
    }

    /** The answer to a preflight {@code OPTIONS}: 204, with what a cross-origin query may send. */
    static void preflight(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        response.setHeader("Allow", METHODS);
        response.setHeader("Access-Control-Allow-Methods", METHODS);
        response.setHeader("Access-Control-Allow-Headers", HEADERS);
        response.setHeader("Access-Control-Max-Age", MAX_AGE_SECONDS);
    }
}
