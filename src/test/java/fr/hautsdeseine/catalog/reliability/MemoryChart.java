package fr.hautsdeseine.catalog.reliability;

import java.util.List;
import java.util.Locale;

/** The soak's heap and resident memory over time as a small SVG line chart. */
final class MemoryChart {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 240;
    private static final int MARGIN = 40;

    private MemoryChart() {
    }

    static String svg(List<Soak.Sample> samples) {
        double maxSeconds = samples.stream().mapToDouble(Soak.Sample::seconds).max().orElse(1);
        double maxMb = samples.stream().mapToDouble(s -> Math.max(finite(s.heapMb()), finite(s.rssMb()))).max().orElse(1);
        double top = Math.max(100, Math.ceil(maxMb / 100) * 100);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"11\">%n", WIDTH, HEIGHT));
        svg.append("<title>Soak: heap used and resident memory (MB) over time (s)</title>\n");
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>%n",
                MARGIN, HEIGHT - MARGIN, WIDTH - 10, HEIGHT - MARGIN));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"10\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>%n",
                MARGIN, MARGIN, HEIGHT - MARGIN));
        svg.append(String.format(Locale.ROOT, "<text x=\"2\" y=\"16\">%.0f MB</text>%n", top));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%.0f s</text>%n",
                WIDTH - 10, HEIGHT - MARGIN + 16, maxSeconds));
        svg.append(line(samples, true, maxSeconds, top, "#1f77b4"));
        svg.append(line(samples, false, maxSeconds, top, "#d62728"));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#1f77b4\">heap used</text>%n", MARGIN + 10, HEIGHT - 8));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#d62728\">resident (RSS)</text>%n", MARGIN + 100, HEIGHT - 8));
        return svg.append("</svg>\n").toString();
    }

    private static String line(List<Soak.Sample> samples, boolean heap, double maxSeconds, double top, String colour) {
        StringBuilder points = new StringBuilder();
        for (Soak.Sample sample : samples) {
            double mb = heap ? sample.heapMb() : sample.rssMb();
            if (Double.isFinite(mb)) {
                double x = MARGIN + sample.seconds() / maxSeconds * (WIDTH - 10 - MARGIN);
                double y = HEIGHT - MARGIN - mb / top * (HEIGHT - MARGIN - 10);
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
        }
        return String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n",
                colour, points.toString().strip());
    }

    private static double finite(double value) {
        return Double.isFinite(value) ? value : 0;
    }
}
