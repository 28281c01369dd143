package fr.hautsdeseine.catalog.cli;

import fr.hautsdeseine.catalog.CatalogServer;
import fr.hautsdeseine.catalog.config.BackOfficeConfig;
import fr.hautsdeseine.catalog.config.CatalogConfig;
import fr.hautsdeseine.catalog.config.HarvestConfig;
import fr.hautsdeseine.catalog.config.OperationsConfig;
import fr.hautsdeseine.catalog.config.ReplicationConfig;
import fr.hautsdeseine.catalog.ops.FileTrees;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;

/**
 * {@code warm-up} (hidden): what {@link ClassArchiveCommand} runs under {@code -XX:ArchiveClassesAtExit}. Starts a
 * server with the demo catalog in a temporary directory, on a free port, with default settings whatever the
 * environment says (never the operator's store, never Kafka or a harvest), asks it for the usual pages and
 * representations, then stops it and deletes the directory: the classes all of that loaded go into the archive.
 */
@Command(name = "warm-up", hidden = true, description = "Start a demo server in a temporary directory, request its"
        + " usual pages, stop it (for class-archive).")
public final class WarmUpCommand implements Callable<Integer> {
    private static final Pattern DATASET_PAGE = Pattern.compile("<loc>([^<]*/datasets/[^<]+)</loc>");

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory("catalog-warm-up");
        try {
            CatalogConfig config = CatalogConfig.from(Map.of()).withDataDir(directory.resolve("data")).withPort(0)
                    .withDemo(true);
            try (CatalogServer server = CatalogServer.start(config, HarvestConfig.defaults(), OperationsConfig.from(Map.of()),
                    BackOfficeConfig.defaults(), ReplicationConfig.from(Map.of()))) {
                request(server.config().baseUrl());
            }
            return 0;
        } finally {
            FileTrees.delete(directory);
        }
    }

    private static void request(String base) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String sitemap = get(client, base + "/sitemap.xml", "application/xml");
        List<String> urls = new ArrayList<>(List.of("/", "/datasets", "/datasets?q=" + URLEncoder.encode("collèges",
                StandardCharsets.UTF_8), "/health", "/health/ready", "/metrics"));
        Matcher dataset = DATASET_PAGE.matcher(sitemap);
        String page = dataset.find() ? dataset.group(1) : null;
        for (String url : urls) {
            get(client, base + url, "text/html");
        }
        for (String type : List.of("text/turtle", "application/ld+json", "application/rdf+xml")) {
            get(client, base + "/catalog", type);
            if (page != null) {
                get(client, page, type);
            }
        }
        if (page != null) {
            get(client, page, "text/html");
        }
        String query = "SELECT ?d ?title WHERE { ?d a <http://www.w3.org/ns/dcat#Dataset> ; "
                + "<http://purl.org/dc/terms/title> ?title } LIMIT 10";
        get(client, base + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "application/sparql-results+json");
    }

    /** The body of a GET; the answer's status does not matter, only what answering it loads. */
    private static String get(HttpClient client, String url, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept)
                .timeout(Duration.ofSeconds(60)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
