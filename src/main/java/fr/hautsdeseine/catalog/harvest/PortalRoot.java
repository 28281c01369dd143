package fr.hautsdeseine.catalog.harvest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** What the CKAN and Opendatasoft readers share: the portal's root URL, JSON pages, probing a DCAT endpoint. */
final class PortalRoot {
    private PortalRoot() {
    }

    /** The source URL with a trailing slash, so that API paths resolve below it. */
    static URI of(URI url) {
        String text = url.toString();
        return URI.create(text.endsWith("/") ? text : text + "/");
    }

    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static JsonNode json(ObjectMapper json, FetchedPage page) {
        try {
            return json.readTree(page.body());
        } catch (IOException e) {
            throw new HarvestFetchException("page <" + page.url() + "> is not well-formed JSON: " + e.getMessage());
        }
    }

    /** Reads the DCAT endpoint when the portal has one (true); false when it answers 404 or 410. */
    static boolean tryDcat(DcatReader dcat, URI endpoint, Pages pages, Consumer<ParsedPage> sink) {
        try {
            dcat.read(endpoint, pages, sink);
            return true;
        } catch (HarvestFetchException e) {
            if ((e.status() == 404 || e.status() == 410) && e.getMessage().startsWith("<" + endpoint + ">")) {
                return false;
            }
            throw e;
        }
    }

}
