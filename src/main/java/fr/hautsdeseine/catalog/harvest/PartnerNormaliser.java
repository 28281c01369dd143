package fr.hautsdeseine.catalog.harvest;

import fr.hautsdeseine.catalog.store.DatasetRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Turns the usual deviations of real partner catalogs into DCAT-AP before validation, as national
 * harvesters do: URLs given as text become IRIs, formats, languages, frequencies and licences named
 * with text become the EU tables' concepts, themes given as text become keywords, and the classes that
 * DCAT-AP's ranges imply are stated. What cannot be mapped is dropped and noted, never guessed.
 */
final class PartnerNormaliser {
    private static final Pattern WEB_URL = Pattern.compile("(?i)https?://\\S+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z]+/[a-z0-9.+-]+");
    private static final String IANA = "https://www.iana.org/assignments/media-types/";
    private static final String SCHEMA = "http://schema.org/";
    private static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    private static final String FOAF = "http://xmlns.com/foaf/0.1/";
    private static final String SPDX = "http://spdx.org/rdf/terms#";

    private static final List<Node> URL_PROPERTIES = List.of(DCAT.accessURL.asNode(), DCAT.downloadURL.asNode(),
            DCAT.landingPage.asNode(), DCAT.endpointURL.asNode(), uri(FOAF + "homepage"), uri(FOAF + "page"),
            uri(VCARD + "hasURL"));

    /** The class each property's range gives its values in DCAT-AP. */
    private static final Map<Node, Node> RANGES = Map.ofEntries(
            Map.entry(DCTerms.temporal.asNode(), DCTerms.PeriodOfTime.asNode()),
            Map.entry(DCTerms.spatial.asNode(), DCTerms.Location.asNode()),
            Map.entry(DCTerms.publisher.asNode(), uri(FOAF + "Agent")),
            Map.entry(DCTerms.creator.asNode(), uri(FOAF + "Agent")),
            Map.entry(DCAT.contactPoint.asNode(), uri(VCARD + "Kind")),
            Map.entry(DCTerms.license.asNode(), DCTerms.LicenseDocument.asNode()),
            Map.entry(DCTerms.accrualPeriodicity.asNode(), DCTerms.Frequency.asNode()),
            Map.entry(DCTerms.language.asNode(), DCTerms.LinguisticSystem.asNode()),
            Map.entry(DCTerms.format.asNode(), DCTerms.MediaTypeOrExtent.asNode()),
            Map.entry(DCAT.mediaType.asNode(), DCTerms.MediaType.asNode()),
            Map.entry(DCTerms.accessRights.asNode(), DCTerms.RightsStatement.asNode()),
            Map.entry(DCTerms.rights.asNode(), DCTerms.RightsStatement.asNode()),
            Map.entry(DCTerms.conformsTo.asNode(), DCTerms.Standard.asNode()),
            Map.entry(DCAT.distribution.asNode(), DCAT.Distribution.asNode()),
            Map.entry(DCAT.accessService.asNode(), DCAT.DataService.asNode()),
            Map.entry(uri(SPDX + "checksum"), uri(SPDX + "Checksum")));

    private final VocabularyLookup lookup;

    PartnerNormaliser(Graph vocabularies) {
        this.lookup = new VocabularyLookup(vocabularies);
    }

    /** The record in DCAT-AP form, and a note for each value that could not be mapped and was dropped. */
    Normalised normalise(DatasetRecord record) {
        Graph graph = GraphFactory.createDefaultGraph();
        record.content().find().forEachRemaining(graph::add);
        List<String> notes = new ArrayList<>();
        URL_PROPERTIES.forEach(property -> replaceLiterals(graph, property, PartnerNormaliser::webUrl, notes));
        replaceLiterals(graph, uri(VCARD + "hasEmail"), PartnerNormaliser::mailto, notes);
        replaceLiterals(graph, DCTerms.format.asNode(), text -> lookup.format(text), notes);
        replaceLabelledNodes(graph, DCTerms.format.asNode(), lookup::format);
        replaceLiterals(graph, DCAT.mediaType.asNode(), PartnerNormaliser::ianaMediaType, notes);
        replaceLiterals(graph, DCTerms.language.asNode(), lookup::language, notes);
        replaceLiterals(graph, DCTerms.accrualPeriodicity.asNode(), lookup::frequency, notes);
        licencesAsDocuments(graph);
        themesAsKeywords(graph, notes);
        descriptionFromAbstract(graph, record.dataset());
        oneGeometryPerLocation(graph, notes);
        periodsWithDcatDates(graph);
        accessUrlFromDownloadUrl(graph);
        stateRangeClasses(graph);
        return new Normalised(new DatasetRecord(record.id(), record.dataset(), graph), notes);
    }

    record Normalised(DatasetRecord record, List<String> notes) {
    }

    private static void replaceLiterals(Graph graph, Node property, Function<String, Optional<Node>> mapping, List<String> notes) {
        for (Triple t : graph.find(Node.ANY, property, Node.ANY).toList()) {
            if (t.getObject().isLiteral()) {
                String text = t.getObject().getLiteralLexicalForm();
                graph.delete(t);
                mapping.apply(text).ifPresentOrElse(
                        value -> graph.add(t.getSubject(), property, value),
                        () -> notes.add(shortName(property) + " \"" + text + "\" is not recognised and was dropped"));
            }
        }
    }

    /** A format given as a blank node with a label (as some CKAN exports do). */
    private static void replaceLabelledNodes(Graph graph, Node property, Function<String, Optional<Node>> mapping) {
        for (Triple t : graph.find(Node.ANY, property, Node.ANY).toList()) {
            Node node = t.getObject();
            if (!node.isBlank()) {
                continue;
            }
            for (Triple label : graph.find(node, Node.ANY, Node.ANY).toList()) {
                if (label.getObject().isLiteral()) {
                    Optional<Node> concept = mapping.apply(label.getObject().getLiteralLexicalForm());
                    if (concept.isPresent()) {
                        graph.delete(t);
                        graph.add(t.getSubject(), property, concept.get());
                        graph.find(node, Node.ANY, Node.ANY).toList().forEach(graph::delete);
                        break;
                    }
                }
            }
        }
    }

    /** A licence named only by text becomes a licence document with that label, or the known licence it names. */
    private void licencesAsDocuments(Graph graph) {
        for (Triple t : graph.find(Node.ANY, DCTerms.license.asNode(), Node.ANY).toList()) {
            if (t.getObject().isLiteral()) {
                String text = t.getObject().getLiteralLexicalForm();
                graph.delete(t);
                Node licence = lookup.licence(text).orElseGet(() -> {
                    Node document = NodeFactory.createBlankNode();
                    graph.add(document, RDFS.label.asNode(), t.getObject());
                    return document;
                });
                graph.add(t.getSubject(), DCTerms.license.asNode(), licence);
            }
        }
    }

    /**
     * A theme must be a concept of a scheme: one given as text, or as a blank node with a label
     * (Opendatasoft, CKAN groups), is kept as a keyword; an unknown IRI without a label is dropped.
     */
    private void themesAsKeywords(Graph graph, List<String> notes) {
        for (Triple t : graph.find(Node.ANY, DCAT.theme.asNode(), Node.ANY).toList()) {
            Node theme = t.getObject();
            if (theme.isLiteral()) {
                graph.delete(t);
                graph.add(t.getSubject(), DCAT.keyword.asNode(), theme);
                notes.add("dcat:theme \"" + theme.getLiteralLexicalForm() + "\" is text: kept as a keyword");
            } else if (theme.isBlank()) {
                graph.delete(t);
                labels(graph, theme).forEach(label -> graph.add(t.getSubject(), DCAT.keyword.asNode(), label));
                graph.find(theme, Node.ANY, Node.ANY).toList().forEach(graph::delete);
            } else if (!lookup.isKnownConcept(theme) && !graph.contains(theme, SKOS.prefLabel.asNode(), Node.ANY)) {
                List<Node> labels = labels(graph, theme);
                if (labels.isEmpty()) {
                    graph.delete(t);
                    notes.add("dcat:theme <" + theme.getURI() + "> is not a known concept and has no label: dropped");
                } else {
                    graph.add(theme, RDF.type.asNode(), SKOS.Concept.asNode());
                    graph.add(theme, SKOS.prefLabel.asNode(), labels.get(0));
                }
            }
        }
    }

    private static List<Node> labels(Graph graph, Node node) {
        List<Node> labels = new ArrayList<>();
        for (Node property : List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode(), DCTerms.title.asNode())) {
            graph.find(node, property, Node.ANY).forEachRemaining(l -> {
                if (l.getObject().isLiteral()) {
                    labels.add(l.getObject());
                }
            });
        }
        return labels;
    }

    /** dct:abstract is a sub-property of dct:description that some catalogs use alone. */
    private static void descriptionFromAbstract(Graph graph, Node dataset) {
        if (!graph.contains(dataset, DCTerms.description.asNode(), Node.ANY)) {
            graph.find(dataset, DCTerms.abstract_.asNode(), Node.ANY).toList()
                    .forEach(t -> graph.add(dataset, DCTerms.description.asNode(), t.getObject()));
        }
    }

    /** DCAT-AP allows one geometry per location: keep a WKT one when there is one. */
    private static void oneGeometryPerLocation(Graph graph, List<String> notes) {
        Node geometry = uri("http://www.w3.org/ns/locn#geometry");
        java.util.Set<Node> locations = new java.util.HashSet<>();
        graph.find(Node.ANY, geometry, Node.ANY).forEachRemaining(t -> locations.add(t.getSubject()));
        for (Node location : locations) {
            List<Triple> geometries = graph.find(location, geometry, Node.ANY).toList();
            if (geometries.size() > 1) {
                Triple kept = geometries.stream()
                        .filter(t -> t.getObject().isLiteral() && t.getObject().getLiteralDatatypeURI().endsWith("wktLiteral"))
                        .findFirst().orElse(geometries.get(0));
                geometries.stream().filter(t -> t != kept).forEach(graph::delete);
                notes.add((geometries.size() - 1) + " extra locn:geometry of a location dropped (DCAT-AP allows one)");
            }
        }
    }

    /** schema:startDate and schema:endDate are deprecated in DCAT-AP 3 for dcat:startDate and dcat:endDate. */
    private static void periodsWithDcatDates(Graph graph) {
        Map<Node, Node> replacements = Map.of(uri(SCHEMA + "startDate"), uri(DCAT.NS + "startDate"),
                uri(SCHEMA + "endDate"), uri(DCAT.NS + "endDate"));
        replacements.forEach((old, current) -> {
            for (Triple t : graph.find(Node.ANY, old, Node.ANY).toList()) {
                if (!graph.contains(t.getSubject(), current, Node.ANY)) {
                    graph.add(t.getSubject(), current, t.getObject());
                }
            }
        });
    }

    /** DCAT-AP makes dcat:accessURL mandatory; a download URL is also where the data can be accessed. */
    private static void accessUrlFromDownloadUrl(Graph graph) {
        for (Triple t : graph.find(Node.ANY, DCAT.downloadURL.asNode(), Node.ANY).toList()) {
            if (t.getObject().isURI() && !graph.contains(t.getSubject(), DCAT.accessURL.asNode(), Node.ANY)) {
                graph.add(t.getSubject(), DCAT.accessURL.asNode(), t.getObject());
            }
        }
    }

    private static void stateRangeClasses(Graph graph) {
        RANGES.forEach((property, range) -> {
            for (Triple t : graph.find(Node.ANY, property, Node.ANY).toList()) {
                Node value = t.getObject();
                if (!value.isLiteral() && !graph.contains(value, RDF.type.asNode(), range)) {
                    graph.add(value, RDF.type.asNode(), range);
                }
            }
        });
    }

    private static Optional<Node> webUrl(String text) {
        String trimmed = text.strip();
        return WEB_URL.matcher(trimmed).matches() ? Optional.of(uri(trimmed.replace(" ", "%20"))) : Optional.empty();
    }

    private static Optional<Node> mailto(String text) {
        String trimmed = text.strip().replaceFirst("(?i)^mailto:", "");
        return EMAIL.matcher(trimmed).matches() ? Optional.of(uri("mailto:" + trimmed)) : Optional.empty();
    }

    private static Optional<Node> ianaMediaType(String text) {
        String type = text.strip().toLowerCase(java.util.Locale.ROOT).split(";", 2)[0].trim();
        return MEDIA_TYPE.matcher(type).matches() ? Optional.of(uri(IANA + type)) : Optional.empty();
    }

    private static String shortName(Node property) {
        String iri = property.getURI();
        return iri.startsWith(DCTerms.NS) ? "dct:" + iri.substring(DCTerms.NS.length())
                : iri.startsWith(DCAT.NS) ? "dcat:" + iri.substring(DCAT.NS.length()) : iri;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
