package fr.hautsdeseine.catalog.reliability;

import fr.hautsdeseine.catalog.harvest.PartnerServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * SIGKILL at random moments during API writes, command-line imports and harvest runs, each kind on a store of
 * its own; after every kill the store is checked against what the clients were told ({@link StoreCheck}) and
 * the restarted server's views against the store ({@link ServerCheck}). One seed drives every random choice.
 */
final class KillRounds {
    private static final int HARVESTED = 300;

    /** One kill and what the checks after it found. */
    record Round(String kind, int number, long killedAfterMillis, boolean answered, int acknowledged, List<String> problems) {
    }

    private final Path jar;
    private final Path work;
    private final long seed;
    /** Threads of their own: the common pool has a single thread on a two-core machine. */
    private final java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newCachedThreadPool();
    private final List<Round> rounds = java.util.Collections.synchronizedList(new ArrayList<>());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final AtomicInteger versions = new AtomicInteger();
    /** Writes the server answered with an error rather than a success: each is a problem of the round it fell in. */
    private final List<String> refusals = java.util.Collections.synchronizedList(new ArrayList<>());

    /** How long the last import or harvest run left to finish took: the kills aim within that span. */
    private long lastImportMillis;
    private long lastRunMillis;

    private final java.util.function.Consumer<List<Round>> afterEachRound;

    /** {@code afterEachRound} gets every round so far, after each one: a run cut short still reports. */
    KillRounds(Path jar, Path work, long seed, java.util.function.Consumer<List<Round>> afterEachRound) {
        this.jar = jar;
        this.work = work;
        this.seed = seed;
        this.afterEachRound = afterEachRound;
    }

    List<Round> rounds() {
        synchronized (rounds) {
            return List.copyOf(rounds);
        }
    }

    /** The three kinds at once, each on its store and with its own random numbers from the seed, so that each replays alone. */
    void all(int count) throws Exception {
        CompletableFuture<Void> api = CompletableFuture.runAsync(() -> unchecked(() -> apiWrites(count, new Random(seed))), threads);
        CompletableFuture<Void> cli = CompletableFuture.runAsync(() -> unchecked(() -> cliImports(count, new Random(seed + 1))), threads);
        CompletableFuture<Void> harvest = CompletableFuture.runAsync(() -> unchecked(() -> harvestRuns(count, new Random(seed + 2))), threads);
        try {
            CompletableFuture.allOf(api, cli, harvest).join();
        } finally {
            threads.shutdown();
        }
    }

    private interface Part {
        void run() throws Exception;
    }

    private static void unchecked(Part part) {
        try {
            part.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The server killed while two clients replace, add and withdraw records through the API. */
    void apiWrites(int count, Random random) throws Exception {
        Path data = work.resolve("api/data");
        Path log = work.resolve("api/server.log");
        Ledger ledger = new Ledger();
        ServerUnderTest server = ServerUnderTest.start(jar, data, log, "512m");
        for (int round = 1; round <= count; round++) {
            List<CompletableFuture<Void>> writers = new ArrayList<>();
            java.util.concurrent.CountDownLatch firstAnswer = new java.util.concurrent.CountDownLatch(1);
            for (int w = 0; w < 2; w++) {
                long writerSeed = random.nextLong();
                String prefix = "w" + w;
                ServerUnderTest target = server;
                writers.add(CompletableFuture.runAsync(
                        () -> writeUntilKilled(target, prefix, new Random(writerSeed), ledger, firstAnswer), threads));
            }
            // The clock starts at the first answer: on a loaded machine a fresh server's first writes are slow.
            firstAnswer.await(5, java.util.concurrent.TimeUnit.MINUTES);
            long delay = 500 + random.nextInt(4_000);
            Thread.sleep(delay);
            server.kill();
            CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).join();
            // The writers never stop on their own: every kill lands while a write is in flight.
            server = checked("api writes", round, delay, false, data, log, ledger);
        }
        server.kill();
    }

    /**
     * Imports of five records from the command line, killed at a random moment of the import (or left to finish:
     * the first round, to time it, then one time in four).
     */
    void cliImports(int count, Random random) throws Exception {
        Path data = work.resolve("cli/data");
        Path log = work.resolve("cli/import.log");
        Ledger ledger = new Ledger();
        Files.createDirectories(work.resolve("cli"));
        for (int round = 1; round <= count; round++) {
            String version = Integer.toString(versions.incrementAndGet());
            Map<String, String> states = new HashMap<>();
            StringBuilder turtle = new StringBuilder();
            for (int i = 0; i < 5; i++) {
                String id = "cli-" + random.nextInt(12);
                states.put(id, version);
            }
            states.keySet().forEach(id -> turtle.append(VersionedRecords.turtle(id, version)));
            Path file = work.resolve("cli/round-" + round + ".ttl");
            Files.writeString(file, turtle);
            ledger.sending(states);
            Process cli = ServerUnderTest.command(jar, List.of("import", "--data-dir", data.toString(),
                    "--base-url", ServerUnderTest.BASE_URL, file.toString()), log);
            long delay = round == 1 || random.nextInt(4) == 0 ? -1 : killMoment(lastImportMillis, random);
            long started = System.nanoTime();
            if (delay >= 0) {
                Thread.sleep(delay);
                cli.destroyForcibly();
            }
            boolean answered = cli.waitFor() == 0;
            if (delay < 0) {
                lastImportMillis = (System.nanoTime() - started) / 1_000_000;
            }
            if (answered) {
                ledger.acknowledged(states);
            }
            checked("cli import", round, delay, answered, data, work.resolve("cli/server.log"), ledger).kill();
        }
    }

    /**
     * The server killed while it harvests a partner's catalog of 300 records, each run a new version of all of
     * them, at a random moment of the run (the first run is left to finish, to time it).
     */
    void harvestRuns(int count, Random random) throws Exception {
        Path data = work.resolve("harvest/data");
        Path log = work.resolve("harvest/server.log");
        Ledger ledger = new Ledger();
        try (PartnerServer partner = new PartnerServer()) {
            ServerUnderTest server = ServerUnderTest.start(jar, data, log, "512m");
            send(server, "POST", "/api/harvest/sources", "application/json",
                    "{\"name\": \"partner\", \"url\": \"" + partner.url("/catalog.ttl") + "\", \"type\": \"dcat\"}");
            for (int round = 1; round <= count; round++) {
                String version = "h" + round;
                Map<String, String> states = new HashMap<>();
                StringBuilder turtle = new StringBuilder();
                for (int i = 0; i < HARVESTED; i++) {
                    String id = "h-%03d".formatted(i);
                    states.put(id, version);
                    turtle.append(VersionedRecords.turtle(id, version));
                }
                partner.on("/catalog.ttl", PartnerServer.body(200, "text/turtle", turtle.toString()));
                ledger.sending(states);
                CompletableFuture<HttpResponse<String>> run = http.sendAsync(request(server, "POST",
                        "/api/harvest/sources/partner/runs", "application/json", ""), HttpResponse.BodyHandlers.ofString());
                long started = System.nanoTime();
                long delay = -1;
                if (round == 1) {
                    run.join();
                    lastRunMillis = (System.nanoTime() - started) / 1_000_000;
                } else {
                    delay = killMoment(lastRunMillis, random);
                    Thread.sleep(delay);
                }
                server.kill();
                boolean answered = false;
                try {
                    HttpResponse<String> answer = run.join();
                    answered = answer.statusCode() / 100 == 2 && answer.body().contains("\"complete\"");
                } catch (RuntimeException killed) {
                    // No answer: the run may or may not have committed.
                }
                if (answered) {
                    ledger.acknowledged(states);
                }
                server = checked("harvest run", round, delay, answered, data, log, ledger, restarted -> {
                    List<String> versionsSeen = harvestedVersions(restarted);
                    return versionsSeen.size() > 1 ? List.of("the harvested records mix versions " + versionsSeen) : List.of();
                });
            }
            server.kill();
        }
    }

    /**
     * A moment to kill at, from 20 % to 120 % of how long the same job took when left to finish, so that most
     * kills land inside it (start-up, reading, writing) and a few just after it.
     */
    private static long killMoment(long fullMillis, Random random) {
        return fullMillis / 5 + (long) (random.nextDouble() * fullMillis);
    }

    /** Checks the store, settles the ledger, restarts the server and checks its views. */
    private ServerUnderTest checked(String kind, int round, long delay, boolean answered, Path data, Path log, Ledger ledger)
            throws IOException, InterruptedException {
        return checked(kind, round, delay, answered, data, log, ledger, restarted -> List.of());
    }

    /** A check of one kind's own on the restarted server. */
    private interface ExtraCheck {
        List<String> problems(ServerUnderTest restarted) throws IOException, InterruptedException;
    }

    private ServerUnderTest checked(String kind, int round, long delay, boolean answered, Path data, Path log, Ledger ledger,
                                    ExtraCheck extra) throws IOException, InterruptedException {
        StoreCheck.Outcome store = StoreCheck.check(data, ledger);
        ledger.settle(store.stored());
        List<String> problems = new ArrayList<>(store.problems());
        synchronized (refusals) {
            problems.addAll(refusals);
            refusals.clear();
        }
        ServerUnderTest server = ServerUnderTest.start(jar, data, log, "512m");
        problems.addAll(new ServerCheck().check(server, store.stored()));
        problems.addAll(extra.problems(server));
        rounds.add(new Round(kind, round, delay, answered, ledger.acknowledgedCount(), List.copyOf(problems)));
        afterEachRound.accept(rounds());
        System.out.printf("[kill] %s round %d: killed after %d ms, %s, %d records acknowledged so far, %s%n", kind, round,
                delay, answered ? "answered" : "no answer", ledger.acknowledgedCount(),
                problems.isEmpty() ? "all checks pass" : problems);
        return server;
    }

    /** The versions the stored harvested records carry: one, when the runs were all or nothing. */
    private List<String> harvestedVersions(ServerUnderTest server) throws IOException, InterruptedException {
        String query = "SELECT DISTINCT ?t WHERE { ?d a <http://www.w3.org/ns/dcat#Dataset> ; "
                + "<http://purl.org/dc/terms/identifier> ?id ; <http://purl.org/dc/terms/title> ?t . FILTER(STRSTARTS(?id, \"h-\")) }";
        String csv = http.send(HttpRequest.newBuilder(URI.create(server.url("/sparql?format=csv&query="
                + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8)))).build(), HttpResponse.BodyHandlers.ofString()).body();
        return csv.lines().skip(1).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** Writes one record or two at a time until the server stops answering. */
    private void writeUntilKilled(ServerUnderTest server, String prefix, Random random, Ledger ledger,
                                  java.util.concurrent.CountDownLatch firstAnswer) {
        while (true) {
            int choice = random.nextInt(10);
            String id = prefix + "-" + random.nextInt(6);
            String version = Integer.toString(versions.incrementAndGet());
            try {
                if (choice < 6) {
                    attempt(ledger, Map.of(id, version),
                            () -> send(server, "PUT", "/api/datasets/" + id, "text/turtle", VersionedRecords.turtle(id, version)));
                } else if (choice < 8) {
                    String other = prefix + "-" + (6 + random.nextInt(3));
                    attempt(ledger, Map.of(id, version, other, version), () -> send(server, "POST", "/api/datasets",
                            "text/turtle", VersionedRecords.turtle(id, version) + VersionedRecords.turtle(other, version)));
                } else {
                    attempt(ledger, Map.of(id, VersionedRecords.WITHDRAWN),
                            () -> send(server, "DELETE", "/api/datasets/" + id, "text/turtle", ""));
                }
            } catch (IOException | InterruptedException killed) {
                return;
            } finally {
                firstAnswer.countDown();
            }
        }
    }

    private interface Write {
        int send() throws IOException, InterruptedException;
    }

    private void attempt(Ledger ledger, Map<String, String> states, Write write) throws IOException, InterruptedException {
        ledger.sending(states);
        int status = write.send();
        // A withdrawal of a record that is not there (404) leaves it withdrawn too.
        if (status / 100 == 2 || status == 404 && states.containsValue(VersionedRecords.WITHDRAWN)) {
            ledger.acknowledged(states);
        } else {
            refusals.add("a write of " + states.keySet() + " was answered " + status);
            throw new IOException("the server refused a write with " + status);
        }
    }

    private int send(ServerUnderTest server, String method, String path, String type, String body)
            throws IOException, InterruptedException {
        return http.send(request(server, method, path, type, body), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static HttpRequest request(ServerUnderTest server, String method, String path, String type, String body) {
        return HttpRequest.newBuilder(URI.create(server.url(path))).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + ServerUnderTest.TOKEN).header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }
}
