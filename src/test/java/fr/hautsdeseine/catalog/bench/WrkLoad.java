package fr.hautsdeseine.catalog.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Closed-loop load from {@code wrk} (a separate native process on loopback), which costs the shared
 * cores far less than a Java client and so measures the server rather than the client. The paths a
 * burst cycles through go to wrk in a Lua script. {@link LoadClient} is the fallback without wrk.
 */
final class WrkLoad {
    private static final Path WRK = Path.of("/usr/bin/wrk");
    private static final int DISTINCT_PATHS = 2_000;
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in ([\\d.]+)(us|ms|s|m)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern ERRORS = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|99)%\\s+([\\d.]+)(us|ms|s|m)\\s*$", Pattern.MULTILINE);

    private final int concurrency;
    private final Path work;

    private WrkLoad(int concurrency, Path work) {
        this.concurrency = concurrency;
        this.work = work;
    }

    /** wrk, when it is installed ({@code apt-get install wrk}). */
    static Optional<WrkLoad> find(int concurrency, Path work) {
        return Files.isExecutable(WRK) ? Optional.of(new WrkLoad(concurrency, work)) : Optional.empty();
    }

    /** Loads {@code uris.apply(0..)} (the first 2,000, cycled) for {@code duration}; latencies in ms. */
    LoadClient.Result burst(IntFunction<URI> uris, String accept, Duration duration) throws IOException, InterruptedException {
        URI first = uris.apply(0);
        Path script = work.resolve("wrk-paths.lua");
        Files.writeString(script, script(uris, accept), StandardCharsets.UTF_8);
        int threads = Math.min(2, concurrency);
        List<String> command = List.of(WRK.toString(), "-t" + threads, "-c" + concurrency,
                "-d" + Math.max(1, duration.toSeconds()) + "s", "--latency", "--timeout", "30s", "-s", script.toString(),
                first.getScheme() + "://" + first.getRawAuthority());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + output);
        }
        return parse(output);
    }

    static LoadClient.Result parse(String output) {
        Matcher rate = RATE.matcher(output);
        Matcher total = TOTAL.matcher(output);
        if (!rate.find() || !total.find()) {
            throw new IllegalStateException("Unexpected wrk output: " + output);
        }
        int requests = Integer.parseInt(total.group(1));
        int failures = 0;
        Matcher non2xx = NON_2XX.matcher(output);
        if (non2xx.find()) {
            failures += Integer.parseInt(non2xx.group(1));
        }
        Matcher errors = ERRORS.matcher(output);
        if (errors.find()) {
            for (int group = 1; group <= 4; group++) {
                failures += Integer.parseInt(errors.group(group));
            }
        }
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        Matcher percentile = PERCENTILE.matcher(output);
        while (percentile.find()) {
            double ms = millis(Double.parseDouble(percentile.group(2)), percentile.group(3));
            if ("50".equals(percentile.group(1))) {
                p50 = ms;
            } else {
                p99 = ms;
            }
        }
        double seconds = millis(Double.parseDouble(total.group(2)), total.group(3)) / 1000;
        return new LoadClient.Result(requests, failures, seconds, Double.parseDouble(rate.group(1)), p50, p99);
    }

    private static double millis(double value, String unit) {
        return switch (unit) {
            case "us" -> value / 1000;
            case "ms" -> value;
            case "s" -> value * 1000;
            case "m" -> value * 60_000;
            default -> throw new IllegalArgumentException(unit);
        };
    }

    /** A Lua script that sends GETs to the given paths in turn, each with the Accept header. */
    private static String script(IntFunction<URI> uris, String accept) {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < DISTINCT_PATHS; i++) {
            URI uri = uris.apply(i);
            paths.add(lua(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())));
        }
        return "local paths = {" + String.join(",\n", paths) + "}\n"
                + "local headers = { [\"Accept\"] = " + lua(accept) + " }\n"
                + "local counter = 0\n"
                + "request = function()\n"
                + "  counter = counter + 1\n"
                + "  return wrk.format(\"GET\", paths[(counter % #paths) + 1], headers)\n"
                + "end\n";
    }

    private static String lua(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
