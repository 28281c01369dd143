package fr.hautsdeseine.catalog.quality;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One dataset's assessment: each metric's result, the distribution the distribution metrics were read
 * on, and what follows (points per dimension, total, rating).
 *
 * @param publisher the publisher's IRI, or empty
 * @param publisherName its name as the record gives it, or the IRI
 * @param bestDistribution the distribution that scored most, or empty when the dataset has none
 */
public record QualityScore(String id, String dataset, String title, Optional<String> publisher, String publisherName,
                           Map<Metric, Boolean> results, Optional<String> bestDistribution) {

    public QualityScore {
        results = Map.copyOf(results);
    }

    public boolean passes(Metric metric) {
        return results.getOrDefault(metric, false);
    }

    public int points(Dimension dimension) {
        int sum = 0;
        for (Metric metric : Metric.values()) {
            if (metric.dimension() == dimension && passes(metric)) {
                sum += metric.points();
            }
        }
        return sum;
    }

    public int total() {
        int sum = 0;
        for (Dimension dimension : Dimension.values()) {
            sum += points(dimension);
        }
        return sum;
    }

    public Rating rating() {
        return Rating.of(total());
    }

    public Map<Dimension, Integer> byDimension() {
        Map<Dimension, Integer> points = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            points.put(dimension, points(dimension));
        }
        return points;
    }

    /** The metrics it misses, those worth most first. */
    public List<Metric> missed() {
        return Arrays.stream(Metric.values()).filter(metric -> !passes(metric))
                .sorted(Comparator.comparingInt(Metric::points).reversed()).toList();
    }
}
