package fr.hautsdeseine.catalog.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/**
 * A Content-Security-Policy on every answer of the server, before any handler runs, so that every HTML
 * page has it: the site, the SPARQL page and the error pages alike. Scripts, styles and requests come
 * only from the server (by the address asked, or by its public base URL); no inline script, no plugin,
 * no framing. A value of a record that gets into a page can then never run as script.
 */
final class ContentSecurityPolicy implements Filter {
    static final String HEADER = "Content-Security-Policy";

    private final String policy;

    ContentSecurityPolicy(String baseUrl) {
        String self = "'self' " + origin(baseUrl);
        this.policy = "default-src " + self + "; script-src " + self + "; object-src 'none'; base-uri 'none';"
                + " frame-ancestors 'none'; form-action " + self;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setHeader(HEADER, policy);
        http.setHeader("X-Content-Type-Options", "nosniff");
        chain.doFilter(request, response);
    }

    private static String origin(String baseUrl) {
        URI uri = URI.create(baseUrl);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
