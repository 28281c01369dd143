package fr.hautsdeseine.catalog.sparql;

import fr.hautsdeseine.catalog.publish.OutputSyntax;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.stream.Stream;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/**
 * What {@code GET /sparql} without a query answers: the query page for a browser, the service
 * description for any RDF {@code Accept} (Turtle when nothing is asked).
 */
final class EndpointPages {
    static final String HTML = "text/html";
    private static final AcceptList OFFERS = AcceptList.create(Stream.concat(
            Arrays.stream(OutputSyntax.values()).map(OutputSyntax::mediaType), Stream.of(HTML)).toArray(String[]::new));
    private static final MediaType DEFAULT = MediaType.create(OutputSyntax.TURTLE.mediaType());

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
        Lang lang = OutputSyntax.fromMediaType(mediaType).orElseThrow().lang();
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
