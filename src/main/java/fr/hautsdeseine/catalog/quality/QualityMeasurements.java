package fr.hautsdeseine.catalog.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * Scores as W3C DQV: one {@code dqv:QualityMeasurement} per metric (a boolean, computed on the dataset
 * or on its best distribution), per dimension and for the total (points), and the rating; for the catalog
 * and each publisher, the mean points and the number of datasets per rating; for the catalog, one mean
 * per week.
 */
public final class QualityMeasurements {
    public static final String DQV = "http://www.w3.org/ns/dqv#";
    static final String HDS = "https://opendata.hauts-de-seine.fr/ns/catalog#";
    private static final Node MEASUREMENT = uri(DQV + "QualityMeasurement");
    private static final Node HAS_MEASUREMENT = uri(DQV + "hasQualityMeasurement");
    private static final Node MEASUREMENT_OF = uri(DQV + "isMeasurementOf");
    private static final Node COMPUTED_ON = uri(DQV + "computedOn");
    private static final Node VALUE = uri(DQV + "value");
    private static final Node GENERATED_AT = uri("http://www.w3.org/ns/prov#generatedAtTime");
    /** The rating, a metric of our own beside piveau's. */
    static final String RATING = HDS + "qualityRating";
    static final String RATED = HDS + "datasetsRated";
    private static final Node WEEK = uri(HDS + "week");
    /** What the measurements say in one literal, so that a restart tells current ones by reading one quad. */
    private static final Node DIGEST = uri(HDS + "qualityDigest");

    private QualityMeasurements() {
    }

    /** A record's measurements, named below the dataset's quality page. */
    public static Graph of(QualityScore score, String qualityPage, Instant at) {
        Graph graph = withPrefixes(GraphFactory.createDefaultGraph());
        Node dataset = uri(score.dataset());
        Node distribution = score.bestDistribution().map(QualityMeasurements::uri).orElse(dataset);
        for (Metric metric : Metric.values()) {
            add(graph, qualityPage + "#" + metric.key(), metric.iri(), metric.onDistribution() ? distribution : dataset,
                    dataset, bool(score.passes(metric)), at);
        }
        for (Dimension dimension : Dimension.values()) {
            add(graph, qualityPage + "#" + dimension.key(), dimension.scoringIri(), dataset, dataset,
                    integer(score.points(dimension)), at);
        }
        add(graph, qualityPage + "#scoring", Metric.SCORING, dataset, dataset, integer(score.total()), at);
        add(graph, qualityPage + "#rating", RATING, dataset, dataset, NodeFactory.createLiteralString(score.rating().key()), at);
        graph.add(uri(qualityPage), DIGEST, NodeFactory.createLiteralString(digest(score)));
        return graph;
    }

    /** Each metric's result in order, and the distribution they were read on: equal digests, equal measurements. */
    static String digest(QualityScore score) {
        StringBuilder digest = new StringBuilder();
        for (Metric metric : Metric.values()) {
            digest.append(score.passes(metric) ? '1' : '0');
        }
        return digest.append(' ').append(score.bestDistribution().orElse("")).toString();
    }

    /** The digest stored in a record's quality graph, if any. */
    static Optional<String> storedDigest(DatasetGraph dsg, Node qualityGraph, String qualityPage) {
        var found = dsg.find(qualityGraph, uri(qualityPage), DIGEST, Node.ANY);
        return found.hasNext() ? Optional.of(found.next().getObject().getLiteralLexicalForm()) : Optional.empty();
    }

    /** The graph, with the prefixes its measurements read best with (the store keeps none). */
    public static Graph withPrefixes(Graph graph) {
        graph.getPrefixMapping().setNsPrefix("dqv", DQV).setNsPrefix("pv", Metric.PV)
                .setNsPrefix("prov", "http://www.w3.org/ns/prov#").setNsPrefix("hds", HDS)
                .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        return graph;
    }

    /** The means and rating counts of a group of datasets (the catalog or one publisher), computed on {@code subject}. */
    static void addSummary(Graph graph, String name, String subject, QualitySummary summary, Instant at) {
        Node on = uri(subject);
        add(graph, name + "#scoring", Metric.SCORING, on, on, decimal(summary.meanTotal()), at);
        summary.meanByDimension().forEach((dimension, mean) ->
                add(graph, name + "#" + dimension.key(), dimension.scoringIri(), on, on, decimal(mean), at));
        summary.ratings().forEach((rating, count) ->
                add(graph, name + "#" + rating.key(), RATED + capitalised(rating.key()), on, on, integer(count), at));
    }

    /** A group's mean for one week (named by the week's Monday), computed on the catalog or a publisher. */
    static void addWeek(Graph graph, String name, String group, LocalDate monday, double mean, Instant at) {
        Node measurement = uri(name + "#week-" + monday);
        add(graph, name + "#week-" + monday, Metric.SCORING, uri(group), null, decimal(mean), at);
        graph.add(measurement, WEEK, NodeFactory.createLiteralDT(monday.toString(), XSDDatatype.XSDdate));
    }

    /** The weekly means saved by {@link #addWeek}: by the group they were computed on, then by Monday. */
    static Map<String, TreeMap<LocalDate, Double>> weeks(Graph graph) {
        Map<String, TreeMap<LocalDate, Double>> weeks = new HashMap<>();
        graph.find(Node.ANY, WEEK, Node.ANY).forEachRemaining(t -> {
            var value = graph.find(t.getSubject(), VALUE, Node.ANY).mapWith(Triple::getObject).next();
            var group = graph.find(t.getSubject(), COMPUTED_ON, Node.ANY).mapWith(Triple::getObject).next();
            weeks.computeIfAbsent(group.getURI(), g -> new TreeMap<>())
                    .put(LocalDate.parse(t.getObject().getLiteralLexicalForm()), Double.parseDouble(value.getLiteralLexicalForm()));
        });
        return weeks;
    }

    private static void add(Graph graph, String iri, String metric, Node on, Node owner, Node value, Instant at) {
        Node measurement = uri(iri);
        if (owner != null) {
            graph.add(owner, HAS_MEASUREMENT, measurement);
        }
        graph.add(measurement, RDF.type.asNode(), MEASUREMENT);
        graph.add(measurement, MEASUREMENT_OF, uri(metric));
        graph.add(measurement, COMPUTED_ON, on);
        graph.add(measurement, VALUE, value);
        graph.add(measurement, GENERATED_AT, NodeFactory.createLiteralDT(at.toString(), XSDDatatype.XSDdateTime));
    }

    private static String capitalised(String key) {
        return Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node bool(boolean value) {
        return NodeFactory.createLiteralDT(Boolean.toString(value), XSDDatatype.XSDboolean);
    }

    private static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    private static Node decimal(double value) {
        return NodeFactory.createLiteralDT(BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString(),
                XSDDatatype.XSDdecimal);
    }
}
