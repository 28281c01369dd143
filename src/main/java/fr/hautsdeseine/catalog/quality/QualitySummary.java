package fr.hautsdeseine.catalog.quality;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The scores of a group of datasets (the catalog, or one publisher's): mean points in all and per
 * dimension, how many datasets have each rating, and the metrics that cost the group most points.
 */
public record QualitySummary(String name, int datasets, double meanTotal, Map<Dimension, Double> meanByDimension,
                             Map<Rating, Integer> ratings, List<MetricLoss> costliest) {

    /** A metric the group misses: on how many datasets, and the points that costs in all. */
    public record MetricLoss(Metric metric, int datasetsMissing, long pointsLost) {
    }

    public static QualitySummary of(String name, Collection<QualityScore> scores) {
        int n = scores.size();
        Map<Dimension, Double> byDimension = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            byDimension.put(dimension, n == 0 ? 0 : scores.stream().mapToInt(s -> s.points(dimension)).sum() / (double) n);
        }
        Map<Rating, Integer> ratings = new EnumMap<>(Rating.class);
        for (Rating rating : Rating.values()) {
            ratings.put(rating, (int) scores.stream().filter(s -> s.rating() == rating).count());
        }
        List<MetricLoss> losses = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            int missing = (int) scores.stream().filter(s -> !s.passes(metric)).count();
            if (missing > 0) {
                losses.add(new MetricLoss(metric, missing, (long) missing * metric.points()));
            }
        }
        losses.sort(Comparator.comparingLong(MetricLoss::pointsLost).reversed());
        double mean = n == 0 ? 0 : scores.stream().mapToInt(QualityScore::total).sum() / (double) n;
        return new QualitySummary(name, n, mean, byDimension, ratings, List.copyOf(losses));
    }

    public Rating rating() {
        return Rating.of(Math.round(meanTotal));
    }
}
