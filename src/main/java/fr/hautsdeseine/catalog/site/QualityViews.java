package fr.hautsdeseine.catalog.site;

import fr.hautsdeseine.catalog.quality.Dimension;
import fr.hautsdeseine.catalog.quality.LinkRegistry;
import fr.hautsdeseine.catalog.quality.LinkResult;
import fr.hautsdeseine.catalog.quality.Metric;
import fr.hautsdeseine.catalog.quality.QualityScore;
import fr.hautsdeseine.catalog.quality.QualityService;
import fr.hautsdeseine.catalog.quality.QualitySummary;
import fr.hautsdeseine.catalog.quality.Rating;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The quality dashboard, a dataset's quality page and the score on its public page, in the page's language. */
public final class QualityViews {
    private static final int TO_FIX = 10;
    private static final int COSTLIEST = 8;
    private static final int BROKEN_LISTED = 20;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final QualityService quality;
    private final SiteLinks links;

    public QualityViews(QualityService quality, SiteLinks links) {
        this.quality = quality;
        this.links = links;
    }

    /** One bar of a chart: what it stands for, its value out of {@code max}, and the value as written. */
    public record Bar(String label, double value, double max, String shown) {
        /** Labels longer than this are cut in the drawing (whole in the table beside it) so as to fit its margin. */
        private static final int DRAWN_LABEL = 32;

        /** The label as drawn left of the bar. */
        public String shortLabel() {
            return label.length() <= DRAWN_LABEL ? label : label.substring(0, DRAWN_LABEL - 1).strip() + "…";
        }

        /** The bar's length in a chart {@code width} wide. */
        public long length(int width) {
            return max <= 0 ? 0 : Math.round(width * Math.min(value, max) / max);
        }
    }

    public record Row(String label, String href, String score, String rating, String detail) {
    }

    public record BrokenLink(String url, String result, List<Link> usedBy) {
    }

    /**
     * The dashboard of the whole catalog, or of one publisher's datasets ({@code publisher} names it; its
     * {@code publishers} and {@code publisherScores} are then empty).
     */
    public record Dashboard(Optional<String> publisher, String score, String ratingKey, String meanOf, List<Bar> ratings,
                            List<Bar> dimensions, List<Row> costliest, List<Row> toFix, String linksState,
                            List<BrokenLink> broken, int brokenNotListed, List<Row> publishers, List<Bar> publisherScores,
                            List<Bar> weeks) {
    }

    public record MetricRow(String label, String dimension, int points, boolean passed, String advice) {
    }

    public record LinkRow(String url, String result, String checkedAt, List<String> history) {
    }

    public record DatasetQuality(String id, String title, int total, String ratingKey, List<Bar> dimensions,
                                 List<MetricRow> metrics, String bestDistribution, List<LinkRow> links) {
    }

    /** What the public dataset page shows: the score, its rating, and what would raise it, worth most first. */
    public record Badge(int total, String ratingKey, List<String> advice, String href) {
    }

    public Dashboard dashboard(Messages.Words t) {
        List<QualitySummary> publishers = quality.publishers();
        List<Row> rows = publishers.stream().map(p -> new Row(publisherName(p.name()), publisherDashboardLink(p.name()),
                t.format("quality.ofPoints", Math.round(p.meanTotal()), Metric.MAX_POINTS) + " · " + p.datasets(),
                p.rating().key(), p.costliest().isEmpty() ? "" : t.get("metric." + p.costliest().get(0).metric().key())))
                .toList();
        List<Bar> publisherScores = publishers.stream().map(p -> new Bar(publisherName(p.name()), p.meanTotal(),
                Metric.MAX_POINTS, t.format("quality.ofPoints", Math.round(p.meanTotal()), Metric.MAX_POINTS))).toList();
        return dashboard(t, Optional.empty(), quality.catalog(), quality.scores(), quality.weeks(), rows, publisherScores);
    }

    /** The same dashboard for one publisher's datasets; empty when no dataset has that publisher. */
    public Optional<Dashboard> publisherDashboard(String publisher, Messages.Words t) {
        return quality.publisher(publisher).map(summary -> dashboard(t, Optional.of(publisherName(publisher)), summary,
                quality.scoresOf(publisher), quality.weeks(publisher), List.of(), List.of()));
    }

    /** The link to a publisher's dashboard. */
    public String publisherDashboardLink(String publisher) {
        return links.base() + "/quality?publisher=" + URLEncoder.encode(publisher, StandardCharsets.UTF_8);
    }

    private Dashboard dashboard(Messages.Words t, Optional<String> publisher, QualitySummary summary,
                                List<QualityScore> scores, Map<LocalDate, Double> history, List<Row> publishers,
                                List<Bar> publisherScores) {
        List<Bar> ratings = new ArrayList<>();
        for (Rating rating : Rating.values()) {
            int count = summary.ratings().get(rating);
            ratings.add(new Bar(t.get("rating." + rating.key()), count, Math.max(1, summary.datasets()), Integer.toString(count)));
        }
        List<Row> costliest = summary.costliest().stream().limit(COSTLIEST).map(loss -> new Row(
                t.get("metric." + loss.metric().key()), null, Long.toString(loss.pointsLost()), "",
                Integer.toString(loss.datasetsMissing()))).toList();
        List<Row> toFix = QualityService.toFixFirst(scores, TO_FIX).stream().map(score -> new Row(score.title(),
                qualityPage(score.id()), t.format("quality.ofPoints", score.total(), Metric.MAX_POINTS), score.rating().key(),
                score.missed().isEmpty() ? "" : t.get("metric." + score.missed().get(0).key()))).toList();
        List<String> ids = scores.stream().map(QualityScore::id).toList();
        Map<String, List<String>> brokenLinks = quality.brokenLinks(ids);
        List<BrokenLink> broken = brokenLinks.entrySet().stream().limit(BROKEN_LISTED).map(e -> new BrokenLink(e.getKey(),
                result(t, quality.links().last(e.getKey())),
                e.getValue().stream().map(id -> new Link(Text.plain(id), qualityPage(id))).toList())).toList();
        List<Bar> weeks = history.entrySet().stream().map(e -> new Bar(e.getKey().toString(), e.getValue(),
                Metric.MAX_POINTS, Long.toString(Math.round(e.getValue())))).toList();
        return new Dashboard(publisher, Long.toString(Math.round(summary.meanTotal())), summary.rating().key(),
                t.format("quality.meanOf", summary.datasets(), Math.round(summary.meanTotal())), ratings,
                dimensions(t, summary.meanByDimension()), costliest, toFix, linksState(t, ids), broken,
                Math.max(0, brokenLinks.size() - BROKEN_LISTED), publishers, publisherScores, weeks);
    }

    public Optional<DatasetQuality> dataset(String id, Messages.Words t) {
        return quality.score(id).map(score -> {
            Map<Dimension, Double> byDimension = new EnumMap<>(Dimension.class);
            score.byDimension().forEach((d, p) -> byDimension.put(d, p.doubleValue()));
            List<MetricRow> metrics = Arrays.stream(Metric.values()).map(m -> new MetricRow(
                    t.get("metric." + m.key()), t.get("dimension." + m.dimension().key()), m.points(), score.passes(m),
                    t.get("advice." + m.key()))).toList();
            LinkRegistry registry = quality.links();
            List<LinkRow> links = quality.urlsOf(id).stream().map(url -> new LinkRow(url, result(t, registry.last(url)),
                    registry.last(url).map(r -> when(r.checkedAt(), t.lang())).orElse(""),
                    registry.history(url).stream().map(r -> when(r.checkedAt(), t.lang()) + " : " + result(t, Optional.of(r)))
                            .toList())).toList();
            return new DatasetQuality(id, score.title(), score.total(), score.rating().key(), dimensions(t, byDimension),
                    metrics, score.bestDistribution().orElse(""), links);
        });
    }

    /** Empty while the scores are being computed at start: the dataset page never waits for them. */
    public Optional<Badge> badge(String id, Messages.Words t) {
        return quality.scoreNow(id).map(score -> new Badge(score.total(), score.rating().key(),
                score.missed().stream().map(m -> t.get("advice." + m.key())).toList(), qualityPage(id)));
    }

    private String linksState(Messages.Words t, List<String> ids) {
        LinkRegistry registry = quality.links();
        if (registry.isEmpty()) {
            return t.get("quality.linksNever");
        }
        List<String> urls = ids.stream().flatMap(id -> quality.urlsOf(id).stream()).distinct().toList();
        Instant last = urls.stream().map(registry::last).flatMap(Optional::stream).map(LinkResult::checkedAt)
                .max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        long answered = urls.stream().filter(registry::reachable).count();
        return t.format("quality.linksChecked", when(last, t.lang()), answered, urls.size());
    }

    private static List<Bar> dimensions(Messages.Words t, Map<Dimension, Double> points) {
        return Arrays.stream(Dimension.values()).map(d -> new Bar(t.get("dimension." + d.key()), points.get(d),
                d.maxPoints(), t.format("quality.ofPoints", Math.round(points.get(d)), d.maxPoints()))).toList();
    }

    private static String result(Messages.Words t, Optional<LinkResult> result) {
        return result.map(r -> t.format("link." + r.outcome().code(), Integer.toString(r.status())))
                .orElse(t.get("quality.neverChecked"));
    }

    private static String when(Instant at, Lang lang) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(Locale.forLanguageTag(lang.code()))
                .withZone(PARIS).format(at);
    }

    private String publisherName(String iri) {
        return quality.scores().stream().filter(s -> s.publisher().filter(iri::equals).isPresent())
                .map(QualityScore::publisherName).findFirst().orElse(iri);
    }

    private String qualityPage(String id) {
        return quality.qualityPage(id);
    }
}
