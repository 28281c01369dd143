package fr.hautsdeseine.catalog.sparql;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The query page's scripts, style sheet and examples, served from the jar under {@value #PATH}. */
final class SparqlAssets implements Filter {
    static final String PATH = "/assets/sparql/";
    private static final Pattern NAME = Pattern.compile("([a-z0-9-]{1,64})\\.(js|css|json)");
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript;charset=utf-8", "css", "text/css;charset=utf-8", "json", "application/json");

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String name = request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
        Matcher matcher = NAME.matcher(name);
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        try (InputStream in = matcher.matches() && read && request.getRequestURI().endsWith(PATH + name)
                ? SparqlAssets.class.getResourceAsStream("/sparql/assets/" + name) : null) {
            if (in == null) {
                SparqlGate.error(response, 404, "No such file: " + request.getRequestURI());
                return;
            }
            byte[] body = in.readAllBytes();
            response.setContentType(TYPES.get(matcher.group(2)));
            response.setHeader("Cache-Control", "public, max-age=3600");
            response.setHeader("Access-Control-Allow-Origin", "*");
            response.setContentLength(body.length);
            if ("GET".equals(request.getMethod())) {
                response.getOutputStream().write(body);
            }
        }
    }
}
