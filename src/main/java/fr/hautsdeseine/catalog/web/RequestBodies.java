package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.ingest.RdfSyntax;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads RDF request bodies: a known syntax, and never more bytes than the configured limit. */
final class RequestBodies {
    private final long maxBytes;
    private final String setting;

    RequestBodies(long maxBytes) {
        this(maxBytes, "CATALOG_MAX_BODY_BYTES");
    }

    /** {@code setting}: the variable that sets the limit, named when a body is refused. */
    RequestBodies(long maxBytes, String setting) {
        this.maxBytes = maxBytes;
        this.setting = setting;
    }

    RdfSyntax syntax(Context ctx) {
        String contentType = ctx.header("Content-Type");
        return RdfSyntax.fromContentType(contentType).orElseThrow(() -> new ApiException(415,
                (contentType == null ? "No Content-Type given" : "Content-Type '" + contentType + "' is not supported")
                        + "; send one of: " + RdfSyntax.acceptedMediaTypes()));
    }

    byte[] read(Context ctx) {
        long declared = ctx.contentLength();
        if (declared > maxBytes) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream body = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int read;
            while ((read = in.read(buffer)) != -1) {
                total += read;
                if (total > maxBytes) {
                    throw tooLarge();
                }
                body.write(buffer, 0, read);
            }
            if (total == 0) {
                throw new ApiException(400, "The request body is empty");
            }
            return body.toByteArray();
        } catch (IOException e) {
            throw new ApiException(400, "Could not read the request body: " + e.getMessage());
        }
    }

    private ApiException tooLarge() {
        return new ApiException(413, "The request body is larger than the limit of " + maxBytes
                + " bytes (" + setting + ")");
    }
}
