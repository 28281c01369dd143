package fr.hautsdeseine.catalog.cli;

import fr.hautsdeseine.catalog.harvest.HarvestReport;
import fr.hautsdeseine.catalog.harvest.HarvestSource;
import fr.hautsdeseine.catalog.harvest.SourceUrls;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Writes sources and run reports for people reading a terminal. */
final class HarvestPrinter {
    private final PrintWriter out;

    HarvestPrinter(PrintWriter out) {
        this.out = out;
    }

    void sources(List<HarvestTarget.SourceStatus> sources) {
        if (sources.isEmpty()) {
            out.println("No harvest sources.");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"NAME", "TYPE", "EVERY", "URL", "LAST RUN"});
        for (HarvestTarget.SourceStatus status : sources) {
            HarvestSource source = status.source();
            rows.add(new String[] {source.name(), source.type().label(), interval(source.every()), SourceUrls.masked(source.url()),
                    lastRun(status)});
        }
        int[] widths = new int[rows.get(0).length];
        rows.forEach(row -> {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        });
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length - 1; i++) {
                line.append(String.format("%-" + widths[i] + "s  ", row[i]));
            }
            out.println(line.append(row[row.length - 1]));
        }
    }

    void report(HarvestReport report) {
        out.printf("%s %s of '%s': %s in %d ms, %d pages, %d bytes%n", report.preview() ? "Preview" : "Run", report.runId(),
                report.source(), report.status(), report.durationMillis(), report.pages(), report.bytes());
        if (report.preview()) {
            out.println("  (a dry run: the counts say what a run would do; nothing was stored or withdrawn)");
        }
        HarvestReport.Counts counts = report.counts();
        out.printf("  created %d, updated %d, unchanged %d, withdrawn %d, invalid %d, failed %d%n", counts.created(),
                counts.updated(), counts.unchanged(), counts.withdrawn(), counts.invalid(), counts.failed());
        if (!report.rejected().isEmpty()) {
            out.println("Rejected records:");
            report.rejected().forEach(r -> out.printf("  %s (%s): %s%n", r.record() == null ? "a dataset without id" : r.record(),
                    r.kind(), r.reason()));
        }
        if (!report.notes().isEmpty()) {
            out.println("Repairs and drops in stored records:");
            report.notes().forEach(n -> out.printf("  %s: %s%n", n.record(), n.note()));
        }
        if (!report.pendingWithdrawal().isEmpty()) {
            out.println("No longer listed, withdrawn unless they reappear:");
            report.pendingWithdrawal().forEach(p -> out.printf("  %s: gone since %s, withdrawn on %s%n", p.record(),
                    p.goneSince(), p.withdrawOn()));
        }
        if (!report.errors().isEmpty()) {
            out.println("Errors:");
            report.errors().forEach(e -> out.printf("  %s%n", e));
        }
        if (!report.complete()) {
            out.println("The run failed: nothing was stored or withdrawn.");
        }
    }

    /** 30m, 24h, 7d; "on demand" when the server never runs it on its own. */
    static String interval(Optional<Duration> every) {
        if (every.isEmpty()) {
            return "on demand";
        }
        long seconds = every.get().toSeconds();
        if (seconds % 86_400 == 0 && seconds >= 2 * 86_400) {
            return seconds / 86_400 + "d";
        }
        if (seconds % 3_600 == 0) {
            return seconds / 3_600 + "h";
        }
        return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }

    private static String lastRun(HarvestTarget.SourceStatus status) {
        if (status.running()) {
            return "running now";
        }
        return status.lastRun().map(report -> report.status() + " at " + report.started() + ": "
                + report.counts().created() + " new, " + report.counts().updated() + " updated, "
                + report.counts().withdrawn() + " withdrawn, " + (report.counts().invalid() + report.counts().failed())
                + " rejected").orElse("never");
    }
}
