package fr.hautsdeseine.catalog.ingest;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Resolves the JSON-LD contexts that real catalogs name (DCAT-US 1.1 {@code data.json}, schema.org,
 * DCAT-AP, W3C DCAT) from files shipped with the server, listed in {@code jsonld/known-contexts.properties}.
 * Any other remote context is never fetched: the document fails with a message naming it.
 */
final class KnownContexts implements DocumentLoader {
    private static final String FOLDER = "/jsonld/";
    private static final Map<String, String> FILES = load();

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        String file = FILES.get(url.toString());
        if (file == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, message(url));
        }
        try (InputStream in = KnownContexts.class.getResourceAsStream(FOLDER + file)) {
            JsonDocument document = JsonDocument.of(MediaType.JSON_LD, in);
            document.setDocumentUrl(url);
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The documented message of a page whose context is neither embedded nor a known one. */
    static String message(URI url) {
        return "remote JSON-LD context <" + url + "> is not fetched; embed the context in the document, or name one"
                + " of the known contexts (DCAT-US 1.1, schema.org, DCAT-AP, W3C DCAT)";
    }

    private static Map<String, String> load() {
        Properties properties = new Properties();
        try (InputStream in = KnownContexts.class.getResourceAsStream(FOLDER + "known-contexts.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> files = new TreeMap<>();
        properties.forEach((url, file) -> files.put(url.toString(), file.toString()));
        return Map.copyOf(files);
    }
}
