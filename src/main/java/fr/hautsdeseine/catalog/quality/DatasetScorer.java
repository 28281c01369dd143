package fr.hautsdeseine.catalog.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * Scores one record by data.europa.eu's 23 metrics. Dataset metrics read the dataset; distribution
 * metrics read each distribution and keep the one that scores most (ties: the first by IRI); a
 * distribution without dates takes the dataset's. Reachability comes from the link checker's last
 * answer, DCAT-AP compliance from the record's validation.
 */
public final class DatasetScorer {
    private static final String IANA = "www.iana.org/assignments/media-types/";

    private final QualityLists lists;

    public DatasetScorer(QualityLists lists) {
        this.lists = lists;
    }

    /**
     * @param compliant whether the record has no Violation of the DCAT-AP 3 shapes
     */
    public QualityScore score(String id, Graph record, boolean compliant, LinkStatuses links) {
        Node dataset = datasetOf(record).orElseThrow(() ->
                new IllegalArgumentException("Record '" + id + "' describes no dcat:Dataset"));
        Map<Metric, Boolean> results = new EnumMap<>(Metric.class);
        results.put(Metric.KEYWORD, has(record, dataset, DCAT.keyword));
        results.put(Metric.THEME, has(record, dataset, DCAT.theme));
        results.put(Metric.SPATIAL, has(record, dataset, DCTerms.spatial));
        results.put(Metric.TEMPORAL, has(record, dataset, DCTerms.temporal));
        results.put(Metric.ACCESS_RIGHTS, has(record, dataset, DCTerms.accessRights));
        results.put(Metric.ACCESS_RIGHTS_VOCABULARY, iris(record, dataset, DCTerms.accessRights).stream()
                .anyMatch(lists::isAccessRight));
        results.put(Metric.CONTACT_POINT, has(record, dataset, DCAT.contactPoint));
        results.put(Metric.PUBLISHER, has(record, dataset, DCTerms.publisher));
        results.put(Metric.DCAT_AP_COMPLIANCE, compliant);

        List<Node> distributions = new ArrayList<>(objects(record, dataset, DCAT.distribution));
        distributions.sort(Comparator.comparing(Node::toString));
        Map<Metric, Boolean> best = null;
        Node bestDistribution = null;
        for (Node distribution : distributions) {
            Map<Metric, Boolean> candidate = distributionResults(record, dataset, distribution, links);
            if (best == null || points(candidate) > points(best)) {
                best = candidate;
                bestDistribution = distribution;
            }
        }
        results.putAll(best != null ? best : distributionResults(record, dataset, null, links));
        String title = frenchFirst(objects(record, dataset, DCTerms.title)).orElse(id);
        Optional<String> publisher = iris(record, dataset, DCTerms.publisher).stream().findFirst();
        String publisherName = publisher.flatMap(iri -> frenchFirst(objects(record, NodeFactory.createURI(iri), FOAF.name)))
                .orElse(publisher.orElse(""));
        return new QualityScore(id, dataset.isURI() ? dataset.getURI() : id, title, publisher, publisherName, results,
                Optional.ofNullable(bestDistribution).filter(Node::isURI).map(Node::getURI));
    }

    /** The distribution metrics of one distribution (null: a dataset without any, which scores only its dates). */
    private Map<Metric, Boolean> distributionResults(Graph record, Node dataset, Node distribution, LinkStatuses links) {
        Map<Metric, Boolean> results = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            if (metric.onDistribution()) {
                results.put(metric, false);
            }
        }
        results.put(Metric.DATE_ISSUED, has(record, dataset, DCTerms.issued));
        results.put(Metric.DATE_MODIFIED, has(record, dataset, DCTerms.modified));
        List<String> datasetLicences = iris(record, dataset, DCTerms.license);
        results.put(Metric.LICENCE, !datasetLicences.isEmpty());
        results.put(Metric.KNOWN_LICENCE, datasetLicences.stream().anyMatch(lists::isKnownLicence));
        if (distribution == null) {
            return results;
        }
        results.put(Metric.ACCESS_URL_REACHABLE, iris(record, distribution, DCAT.accessURL).stream().anyMatch(links::reachable));
        List<String> downloads = iris(record, distribution, DCAT.downloadURL);
        results.put(Metric.DOWNLOAD_URL, !downloads.isEmpty());
        results.put(Metric.DOWNLOAD_URL_REACHABLE, downloads.stream().anyMatch(links::reachable));

        List<String> formats = iris(record, distribution, DCTerms.format);
        List<Node> mediaTypes = objects(record, distribution, DCAT.mediaType);
        results.put(Metric.FORMAT, has(record, distribution, DCTerms.format));
        results.put(Metric.MEDIA_TYPE, !mediaTypes.isEmpty());
        boolean formatAligned = formats.stream().anyMatch(lists::isFileType);
        boolean mediaTypeAligned = mediaTypes.stream().allMatch(DatasetScorer::isIanaMediaType);
        results.put(Metric.FORMAT_MEDIA_TYPE_VOCABULARY, formatAligned && mediaTypeAligned);
        List<String> fileTypes = new ArrayList<>(formats);
        mediaTypes.stream().map(DatasetScorer::mediaTypeCode).filter(code -> code != null)
                .map(lists::fileTypeOfMediaType).filter(type -> type != null).forEach(fileTypes::add);
        results.put(Metric.NON_PROPRIETARY, fileTypes.stream().anyMatch(lists::isNonProprietary));
        results.put(Metric.MACHINE_READABLE, fileTypes.stream().anyMatch(lists::isMachineReadable));

        List<String> licences = iris(record, distribution, DCTerms.license);
        if (!licences.isEmpty()) {
            results.put(Metric.LICENCE, true);
            results.put(Metric.KNOWN_LICENCE, licences.stream().anyMatch(lists::isKnownLicence));
        }
        results.put(Metric.RIGHTS, has(record, distribution, DCTerms.rights));
        results.put(Metric.BYTE_SIZE, has(record, distribution, DCAT.byteSize));
        results.put(Metric.DATE_ISSUED, has(record, distribution, DCTerms.issued) || results.get(Metric.DATE_ISSUED));
        results.put(Metric.DATE_MODIFIED, has(record, distribution, DCTerms.modified) || results.get(Metric.DATE_MODIFIED));
        return results;
    }

    /** The French text among literals (the catalog's language), else any. */
    private static Optional<String> frenchFirst(List<Node> literals) {
        return literals.stream().filter(Node::isLiteral)
                .sorted(Comparator.comparing(n -> "fr".equals(n.getLiteralLanguage()) ? 0 : 1))
                .map(Node::getLiteralLexicalForm).findFirst();
    }

    private static int points(Map<Metric, Boolean> results) {
        return results.entrySet().stream().filter(Map.Entry::getValue).mapToInt(e -> e.getKey().points()).sum();
    }

    /** The record's dataset: what its catalog record is about, else its only dataset or series. */
    static Optional<Node> datasetOf(Graph record) {
        var topics = record.find(Node.ANY, FOAF.primaryTopic.asNode(), Node.ANY).toList();
        if (topics.size() == 1) {
            return Optional.of(topics.get(0).getObject());
        }
        for (String type : List.of(DCAT.Dataset.getURI(), DCAT.NS + "DatasetSeries")) {
            var found = record.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(type)).toList();
            if (!found.isEmpty()) {
                return Optional.of(found.get(0).getSubject());
            }
        }
        return Optional.empty();
    }

    private static boolean isIanaMediaType(Node node) {
        return mediaTypeCode(node) != null;
    }

    /** "text/csv" from https://www.iana.org/assignments/media-types/text/csv (http too), else null. */
    private static String mediaTypeCode(Node node) {
        if (!node.isURI()) {
            return null;
        }
        String iri = node.getURI();
        int at = iri.indexOf(IANA);
        boolean fromIana = at >= 0 && (iri.startsWith("https://" + IANA) || iri.startsWith("http://" + IANA));
        return fromIana && iri.length() > at + IANA.length() ? iri.substring(at + IANA.length()) : null;
    }

    private static boolean has(Graph graph, Node subject, Property property) {
        return graph.contains(subject, property.asNode(), Node.ANY);
    }

    private static List<Node> objects(Graph graph, Node subject, Property property) {
        return graph.find(subject, property.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
    }

    private static List<String> iris(Graph graph, Node subject, Property property) {
        return objects(graph, subject, property).stream().filter(Node::isURI).map(Node::getURI).toList();
    }
}
