package fr.hautsdeseine.catalog.reliability;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** docs/reliability.md: what the suite does, how to run it, and each part's results as the last run found them. */
final class ReliabilityReport {
    private ReliabilityReport() {
    }

    static String document(String machine, String kills, String soak, String fuzz) {
        return """
                # Reliability

                What happens to the catalog when its process is killed at a bad moment, when it serves a steady mix of
                reads and writes for a while, and when its parsers are fed inputs nobody meant to send. The suite lives
                in [`bench/reliability/run`](../bench/reliability/run) (the repository's top level is fixed, so it sits
                beside the benchmarks); its Java is in `src/test/java/fr/hautsdeseine/catalog/reliability`, built by the
                script. Like the benchmarks, it reports and never fails the build; this page is rewritten by each run.

                ```sh
                bench/reliability/run                 # everything: 20 kill rounds of each kind, a 10-minute soak, 60 s of fuzzing per target
                bench/reliability/run kill 20 [SEED]  # only the kill rounds; the seed is printed, give it back to replay a run
                bench/reliability/run soak 2m         # only the soak, for 2 minutes
                bench/reliability/run fuzz            # only the fuzzing, each target for its maxDuration (60 s)
                ```

                The fuzz targets also run in every `mvn test`, in regression mode: each replays its seed corpus
                (the `*FuzzTestInputs/<method>/` directories under `src/test/resources/fr/hautsdeseine/catalog/`), so an input that once broke a parser stays
                a test.

                %s
                ## Kill rounds

                Each round kills a process with SIGKILL (no shutdown hook, nothing flushed) at a random moment, then
                checks, before and after starting the server again on the same store:
                - **no acknowledged write lost**: every record is in the state of its last write the client saw
                  answered, or of the write in flight at the kill (which may or may not have committed);
                - **nothing partial**: every record carries its version twice (its title and its distribution's
                  title) and both agree; the records of a harvest run all carry the same run's version;
                - **the change log has no gap** from its first entry to its last;
                - **the views agree with the store**: `/health`'s count, the ids of a `/catalog` walk page by page,
                  the site search's count and a SPARQL count of catalog records.

                Kinds: **API writes** (two clients replacing, adding two at once and withdrawing records; the server
                is killed 0.5-4.5 s after the round's first write was answered), **CLI import** (five records in one `import`, killed between 20 %% and
                120 %% of the time the last whole import took, or left to finish one time in four), **harvest runs**
                (a partner catalog of 300 records, each run a new version of all of them; the server is killed between
                20 %% and 120 %% of the time the first run took, which was left to finish).

                %s
                ## Soak

                %s
                ## Fuzzing

                Jazzer (`com.code-intelligence:jazzer-junit`) drives the `@FuzzTest` methods of the `*FuzzTest` classes in
                `src/test/java/fr/hautsdeseine/catalog/` (`fuzz`, `harvest`, `backoffice`). A target fails on any exception its code does not
                declare as the answer to bad input, on a 5xx from a route, and on a hang (Jazzer's per-input timeout).

                %s
                """.formatted(machine, or(kills), or(soak), or(fuzz));
    }

    private static String or(String section) {
        return section.isBlank() ? "Not run in the last pass.\n" : section;
    }

    static String kills(List<KillRounds.Round> rounds, int planned, long seed, Duration took) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Last run: seed `%d`, %d rounds of each kind planned, %d rounds done in %d min "
                + "(replay: `bench/reliability/run kill %d %d`).%n%n", seed, planned, rounds.size(), took.toMinutes(), planned, seed));
        md.append("| kind | rounds | killed before the answer | records with an acknowledged state (at the end) | rounds with a problem |\n|---|---|---|---|---|\n");
        for (String kind : List.of("api writes", "cli import", "harvest run")) {
            List<KillRounds.Round> mine = rounds.stream().filter(r -> r.kind().equals(kind)).toList();
            if (mine.isEmpty()) {
                continue;
            }
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d |%n", kind, mine.size(),
                    mine.stream().filter(r -> !r.answered()).count(), mine.get(mine.size() - 1).acknowledged(),
                    mine.stream().filter(r -> !r.problems().isEmpty()).count()));
        }
        List<KillRounds.Round> failed = rounds.stream().filter(r -> !r.problems().isEmpty()).toList();
        md.append('\n');
        if (failed.isEmpty()) {
            md.append("Every check passed after every round.\n");
        } else {
            md.append("Problems found:\n");
            failed.forEach(r -> md.append("- ").append(r.kind()).append(" round ").append(r.number()).append(": ")
                    .append(String.join("; ", r.problems())).append('\n'));
        }
        return md.toString();
    }

    static String soak(Soak.Result result) {
        StringBuilder md = new StringBuilder();
        int errors = result.families().stream().mapToInt(Soak.Family::serverErrors).sum();
        md.append(String.format(Locale.ROOT, "Last run: %s of %d readers and one writer (a record replaced every 0.2 s) on a "
                        + "catalog of %d generated records, server heap `-Xmx1g`. **%d answers 5xx.**%n%n",
                human(result.duration()), result.readers(), result.records(), errors));
        md.append("| route family | requests | 5xx | 4xx | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|---|\n");
        for (Soak.Family family : result.families()) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f | %.1f | %.1f | %.1f |%n", family.name(),
                    family.requests(), family.serverErrors(), family.otherErrors(), family.p50(), family.p95(), family.p99(),
                    family.max()));
        }
        md.append("\nFamilies: `site` is the home page and a dataset's HTML page, `search` the site's search with a word, "
                + "`catalog` a `/catalog.ttl` page of 50, `dataset` a record as JSON-LD, `sparql` a text filter over the "
                + "titles, `write` the writer's `PUT`s.\n\n");
        md.append("Memory of the server over the run (heap used, from `/metrics`; resident set, from `/proc`):\n\n");
        md.append("![heap and resident memory over the soak](reliability-memory.svg)\n\n| s | heap MB | RSS MB |\n|---|---|---|\n");
        List<Soak.Sample> samples = result.memory();
        int step = Math.max(1, samples.size() / 10);
        for (int i = 0; i < samples.size(); i += step) {
            Soak.Sample s = samples.get(i);
            md.append(String.format(Locale.ROOT, "| %.0f | %.0f | %.0f |%n", s.seconds(), s.heapMb(), s.rssMb()));
        }
        Soak.Sample last = samples.get(samples.size() - 1);
        md.append(String.format(Locale.ROOT, "| %.0f | %.0f | %.0f |%n", last.seconds(), last.heapMb(), last.rssMb()));
        double heapLow = samples.stream().mapToDouble(Soak.Sample::heapMb).min().orElse(0);
        double heapHigh = samples.stream().mapToDouble(Soak.Sample::heapMb).max().orElse(0);
        md.append(String.format(Locale.ROOT, "%nThe heap stayed between %.0f and %.0f MB. The resident set grows with the "
                + "store's files, which TDB2 maps into memory: TDB2 never rewrites in place (each write transaction adds "
                + "new blocks to every index it touches), and these mapped pages are file cache the kernel can drop, not "
                + "memory the process holds. A catalog written to this often must be compacted (`compact`, see "
                + "[operations.md](operations.md#compaction)).%n", heapLow, heapHigh));
        return md.toString();
    }

    private static String human(Duration duration) {
        return duration.toSeconds() % 60 == 0 ? duration.toMinutes() + " min" : duration.toSeconds() + " s";
    }
}
