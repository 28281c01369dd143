package fr.hautsdeseine.catalog.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The reliability suite's parts, run by {@code bench/reliability/run}:
 * <pre>
 *   kill ROUNDS SEED     SIGKILL rounds of each kind (API writes, CLI imports, harvest runs)
 *   soak DURATION SEED   mixed reads and one writer for DURATION (10m, 2m, 90s)
 *   report               writes docs/reliability.md from the parts' results in target/reliability
 * </pre>
 * Each part writes its section of the report as a Markdown file in target/reliability. Findings are reported,
 * never asserted: the exit status is 0 unless the suite itself could not run.
 */
public final class ReliabilityMain {
    private ReliabilityMain() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of("target/reliability");
        Path jar = work.resolve("catalog-under-test.jar");
        switch (args.length == 0 ? "" : args[0]) {
            case "kill" -> {
                int rounds = Integer.parseInt(args[1]);
                long seed = Long.parseLong(args[2]);
                long started = System.nanoTime();
                KillRounds kills = new KillRounds(jar, work, seed, done -> write(work.resolve("kill.md"),
                        ReliabilityReport.kills(done, rounds, seed, Duration.ofNanos(System.nanoTime() - started))));
                kills.all(rounds);
            }
            case "soak" -> {
                Duration duration = duration(args[1]);
                long seed = Long.parseLong(args[2]);
                Soak.Result result = new Soak().run(jar, work, duration, 4, 1_000, seed);
                Files.writeString(work.resolve("soak.md"), ReliabilityReport.soak(result));
                Files.writeString(Path.of("docs/reliability-memory.svg"), MemoryChart.svg(result.memory()));
            }
            case "report" -> Files.writeString(Path.of("docs/reliability.md"), ReliabilityReport.document(
                    section(work, "machine.md"), section(work, "kill.md"), section(work, "soak.md"), section(work, "fuzz.md")));
            default -> {
                System.err.println("usage: ReliabilityMain kill ROUNDS SEED | soak DURATION SEED | report");
                System.exit(2);
            }
        }
    }

    private static synchronized void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** 10m, 90s, 1h. */
    static Duration duration(String text) {
        long amount = Long.parseLong(text.substring(0, text.length() - 1));
        return switch (text.charAt(text.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            default -> throw new IllegalArgumentException("A duration is a number and s, m or h (10m, 90s), not " + text);
        };
    }

    private static String section(Path work, String name) throws java.io.IOException {
        Path file = work.resolve(name);
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
