package fr.hautsdeseine.catalog.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdeseine.catalog.harvest.HarvestReport;
import fr.hautsdeseine.catalog.harvest.HarvestSource;
import fr.hautsdeseine.catalog.harvest.SourceType;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The harvest commands through the admin API of the server that holds the store, with the admin token
 * as bearer. A run answers only at its end, with its report: the API does not stream progress.
 */
final class ServerHarvest implements HarvestTarget {
    private final String server;
    private final Optional<String> token;
    private final Optional<java.nio.file.Path> heldStore;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * @param heldStore the store directory found held, when that is why the commands go through the server
     */
    ServerHarvest(String server, Optional<String> token, Optional<java.nio.file.Path> heldStore) {
        this.server = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
        this.token = token;
        this.heldStore = heldStore;
    }

    String url() {
        return server;
    }

    @Override
    public void add(HarvestSource source) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("name", source.name());
        body.put("url", source.url().toString());
        body.put("type", source.type().label());
        source.every().ifPresent(every -> body.put("every", every.toString()));
        try {
            send("POST", "/api/harvest/sources", json.writeValueAsString(body), null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<SourceStatus> list() {
        JsonNode sources = read(send("GET", "/api/harvest/sources", null, null));
        List<SourceStatus> statuses = new ArrayList<>();
        for (JsonNode source : sources) {
            Optional<Duration> every = source.hasNonNull("every") ? Optional.of(Duration.parse(source.get("every").asText()))
                    : Optional.empty();
            HarvestSource described = new HarvestSource(source.path("name").asText(),
                    HarvestSource.parseUrl(source.path("url").asText()), SourceType.parse(source.path("type").asText()), every);
            Optional<HarvestReport> last = source.hasNonNull("lastRun") ? Optional.of(report(source.get("lastRun")))
                    : Optional.empty();
            statuses.add(new SourceStatus(described, source.path("running").asBoolean(), last));
        }
        return statuses;
    }

    @Override
    public HarvestReport run(String name, Consumer<String> progress) {
        progress.accept("running through the server at " + server + " (no progress lines: the report comes at the end)...");
        return report(read(send("POST", "/api/harvest/sources/" + segment(name) + "/runs", "", name)));
    }

    @Override
    public HarvestReport preview(String name, Consumer<String> progress) {
        progress.accept("previewing through the server at " + server + " (no progress lines: the report comes at the end)...");
        return report(read(send("POST", "/api/harvest/sources/" + segment(name) + "/preview", "", name)));
    }

    @Override
    public void remove(String name) {
        send("DELETE", "/api/harvest/sources/" + segment(name), null, name);
    }

    @Override
    public void close() {
        // nothing held: each call is one request
    }

    /** Sends one request; any answer but a 2xx becomes an exception with the server's message. */
    private String send(String method, String path, String body, String sourceName) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        token.ifPresent(secret -> request.header("Authorization", "Bearer " + secret));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CommandFailedException("No catalog server answers at " + server + " (" + describe(e) + ")"
                    + heldStore.map(dir -> ", yet another process holds the store in " + dir
                            + ": give that server's URL with --server or CATALOG_BASE_URL, or stop that process").orElse(""));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailedException("Interrupted while waiting for the server at " + server);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return response.body();
        }
        String message = message(response.body());
        if (status == 401 || status == 403) {
            throw new CommandFailedException("The server at " + server + " refused the request (" + status + ": " + message
                    + "): set CATALOG_ADMIN_TOKEN to the server's admin token");
        }
        if (status == 404 && sourceName != null) {
            throw HarvestTarget.unknown(sourceName);
        }
        throw new CommandFailedException("The server at " + server + " answered " + status + ": " + message);
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new CommandFailedException("The server at " + server + " did not answer JSON: is it a catalog server?");
        }
    }

    private HarvestReport report(JsonNode node) {
        try {
            return json.treeToValue(node, HarvestReport.class);
        } catch (JsonProcessingException e) {
            throw new CommandFailedException("The server at " + server + " answered a report this command cannot read: "
                    + e.getOriginalMessage());
        }
    }

    /** The {@code message} of the server's JSON error, else the start of whatever it answered. */
    private String message(String body) {
        try {
            JsonNode error = json.readTree(body);
            if (error != null && error.hasNonNull("message")) {
                return error.get("message").asText();
            }
        } catch (JsonProcessingException e) {
            // not JSON: show the text itself
        }
        String text = body.strip();
        return text.isEmpty() ? "no message" : text.substring(0, Math.min(200, text.length()));
    }

    private static String describe(IOException e) {
        if (e instanceof java.net.http.HttpConnectTimeoutException) {
            return "no connection within 10 s";
        }
        String message = e.getMessage() != null ? e.getMessage() : e.getCause() != null ? e.getCause().getMessage() : null;
        if (message == null || message.isBlank()) {
            return e instanceof java.net.ConnectException ? "connection refused" : e.getClass().getSimpleName();
        }
        return message;
    }

    private static String segment(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
