package fr.hautsdeseine.catalog.sparql;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;

/**
 * What {@code GET /sparql} without a query answers: the query page for a browser, the service
 * description for any RDF {@code Accept} (Turtle when nothing is asked).
 */
final class EndpointPages {
    static final String HTML = "text/html";
    private static final AcceptList OFFERS = AcceptList.create("text/turtle", "application/rdf+xml",
            "application/ld+json", "application/n-triples", HTML);
    private static final MediaType DEFAULT = MediaType.create("text/turtle");

    private final ServiceDescription description;
    private final byte[] page;

    EndpointPages(ServiceDescription description) {
        this.description = description;
        this.page = resource("/sparql/page.html");
    }

    void describe(HttpServletRequest request, HttpServletResponse response, FormatParameter format) throws IOException {
        String mediaType = format.graphMediaType()
                .orElseGet(() -> ConNeg.chooseContentType(request, OFFERS, DEFAULT).getContentTypeStr());
        response.setHeader("Vary", "Accept");
        response.setHeader("Cache-Control", "no-cache");
        if (HTML.equals(mediaType)) {
            response.setContentType("text/html;charset=utf-8");
            response.setContentLength(page.length);
            response.getOutputStream().write(page);
            return;
        }
        Lang lang = RDFLanguages.contentTypeToLang(mediaType);
        response.setContentType(lang.getHeaderString() + ";charset=utf-8");
        RDFDataMgr.write(response.getOutputStream(), description.model(), lang);
    }

    static byte[] resource(String path) {
        try (InputStream in = EndpointPages.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
