package fr.hautsdeseine.catalog.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A full walk of {@code /catalog.ttl} by {@code hydra:next}, each page requested once, by servers of several jars
 * on the same store, alternating, each started anew and ready before its walk: the median page as the client sees
 * it (request to whole body, on loopback), the same on the server (its access log), and the whole walk with each
 * page parsed. Usage: {@code HydraWalk STORE_DIR BASE_URL ROUNDS WORK_DIR JAR...}; run by {@code bench/hydra-walk}.
 */
public final class HydraWalk {
    private static final Pattern ACCESS = Pattern.compile("GET /catalog\\.ttl\\S* 200 (\\d+) ms");

    private HydraWalk() {
    }

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        String base = args[1];
        int rounds = Integer.parseInt(args[2]);
        Path work = Path.of(args[3]);
        List<String> jars = List.of(args).subList(4, args.length);
        int port = URI.create(base).getPort();
        Map<String, List<double[]>> results = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (String jar : jars) {
                String name = "walk-" + Path.of(jar).getFileName() + "-" + round;
                Files.deleteIfExists(work.resolve(name + ".log"));
                Map<String, String> environment = Map.of("CATALOG_DEMO", "false", "CATALOG_DATA_DIR", store.toString(),
                        "CATALOG_BASE_URL", base, "CATALOG_PORT", Integer.toString(port));
                URI loopback = URI.create("http://127.0.0.1:" + port);
                try (ServerProcess server = ServerProcess.start(List.of("-jar", jar, "serve"), environment,
                        loopback.resolve("/health"), work, name)) {
                    ServerProcess.secondsUntilReady(loopback.resolve("/health/ready"), Duration.ofMinutes(60));
                    double[] walk = walk(loopback);
                    List<Double> serverMs = new ArrayList<>();
                    Matcher access = ACCESS.matcher(Files.readString(work.resolve(name + ".log")));
                    while (access.find()) {
                        serverMs.add(Double.parseDouble(access.group(1)));
                    }
                    double[] figures = {walk[0], walk[1], Stats.median(serverMs), walk[2]};
                    results.computeIfAbsent(jar, j -> new ArrayList<>()).add(figures);
                    System.out.printf(Locale.ROOT, "round %d %s: %.0f pages, walk %.1f s, median page %.1f ms (server %.0f ms)%n",
                            round, Path.of(jar).getFileName(), walk[2], walk[0], walk[1], figures[2]);
                    server.stop();
                }
            }
        }
        for (var result : results.entrySet()) {
            System.out.printf(Locale.ROOT, "median %s: walk %.1f s, page %.1f ms, server %.1f ms%n",
                    Path.of(result.getKey()).getFileName(), median(result.getValue(), 0), median(result.getValue(), 1),
                    median(result.getValue(), 2));
        }
        System.exit(0);
    }

    /** Seconds of the whole walk, the median page in ms, and the number of pages. */
    private static double[] walk(URI loopback) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI page = loopback.resolve("/catalog.ttl?page_size=100");
        List<Double> pageMs = new ArrayList<>();
        long started = System.nanoTime();
        while (page != null) {
            long sent = System.nanoTime();
            HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(page).header("Accept", "text/turtle")
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
            pageMs.add((System.nanoTime() - sent) / 1e6);
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("GET " + page + " answered " + answer.statusCode());
            }
            page = CatalogPaging.link(CatalogPaging.parse(answer.body(), page), "next", page).orElse(null);
        }
        return new double[] {(System.nanoTime() - started) / 1e9, Stats.median(pageMs), pageMs.size()};
    }

    private static double median(List<double[]> rounds, int figure) {
        return Stats.median(rounds.stream().map(values -> values[figure]).toList());
    }
}
