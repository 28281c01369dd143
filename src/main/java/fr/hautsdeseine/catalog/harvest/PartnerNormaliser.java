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
            Map.entry(uri(SPDX + "checksum"), uri(SPDX + "Checksum")),
            Map.entry(DCAT.landingPage.asNode(), uri(FOAF + "Document")),
            Map.entry(uri(FOAF + "page"), uri(FOAF + "Document")),
            Map.entry(DCTerms.provenance.asNode(), DCTerms.ProvenanceStatement.asNode()));

    private final VocabularyLookup lookup;

    PartnerNormaliser(Graph vocabularies) {
        this.lookup = new VocabularyLookup(vocabularies);
    }

    /** The record in DCAT-AP form, and a note for each value that could not be mapped and was dropped. */
    Normalised normalise(DatasetRecord record) {
        Graph graph = GraphFactory.createDefaultGraph();
        record.content().find().forEachRemaining(graph::add);
        Salvage salvage = new Salvage(graph);
        URL_PROPERTIES.forEach(property -> replaceLiterals(graph, property, PartnerNormaliser::webUrl, salvage));
        replaceLiterals(graph, uri(VCARD + "hasEmail"), PartnerNormaliser::mailto, salvage);
        replaceLiterals(graph, DCTerms.format.asNode(), text -> lookup.format(text), salvage);
        replaceLabelledNodes(graph, DCTerms.format.asNode(), lookup::format);
        replaceLiterals(graph, DCAT.mediaType.asNode(), PartnerNormaliser::ianaMediaType, salvage);
        replaceLiterals(graph, DCTerms.language.asNode(), lookup::language, salvage);
        replaceLiterals(graph, DCTerms.accrualPeriodicity.asNode(), lookup::frequency, salvage);
        licencesAsDocuments(graph, salvage);
        rightsAsStatements(graph, salvage);
        themesAsKeywords(graph, salvage);
        descriptionFromAbstract(graph, record.dataset());
        new GeometryChoice(graph, salvage).onePerLocation();
        periodsWithDcatDates(graph);
        new ValueRepairs(graph, salvage).apply();
        new AgentNames(graph, salvage).apply();
        new ConceptRepairs(graph, salvage, lookup).apply();
        accessUrlFromDownloadUrl(graph);
        new ValueRepairs(graph, salvage).distributionsWithoutUrl(record.dataset());
        stateRangeClasses(graph);
        return new Normalised(new DatasetRecord(record.id(), record.dataset(), graph), salvage);
    }

    /** The record in DCAT-AP form, and what was repaired or dropped to get there. */
    record Normalised(DatasetRecord record, Salvage salvage) {
        List<Salvage.Repair> repairs() {
            return salvage.repairs();
        }
    }

    private static void replaceLiterals(Graph graph, Node property, Function<String, Optional<Node>> mapping, Salvage salvage) {
        for (Triple t : graph.find(Node.ANY, property, Node.ANY).toList()) {
            if (t.getObject().isLiteral()) {
                graph.delete(t);
                mapping.apply(t.getObject().getLiteralLexicalForm()).ifPresentOrElse(
                        value -> {
                            graph.add(t.getSubject(), property, value);
                            salvage.repaired(property, t.getSubject(), t.getObject(), "text mapped to <" + value.getURI() + ">");
                        },
                        () -> salvage.dropped(property, t.getSubject(), t.getObject(), "text not recognised"));
            }
        }
    }

    /**
     * A format given as a node with a label (a blank node in some CKAN exports, an IRI of the partner's
     * own in datos.gob.es), when the label names a known format.
     */
    private void replaceLabelledNodes(Graph graph, Node property, Function<String, Optional<Node>> mapping) {
        for (Triple t : graph.find(Node.ANY, property, Node.ANY).toList()) {
            Node node = t.getObject();
            if (node.isLiteral() || lookup.isKnownConcept(node)) {
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

    /** A licence named only by text becomes the known licence it names, else a licence document with that label. */
    private void licencesAsDocuments(Graph graph, Salvage salvage) {
        for (Triple t : graph.find(Node.ANY, DCTerms.license.asNode(), Node.ANY).toList()) {
            if (t.getObject().isLiteral()) {
                String text = t.getObject().getLiteralLexicalForm();
                graph.delete(t);
                Optional<Node> known = lookup.licence(text);
                Node licence = known.orElseGet(() -> {
                    Node document = NodeFactory.createBlankNode();
                    graph.add(document, RDFS.label.asNode(), t.getObject());
                    return document;
                });
                graph.add(t.getSubject(), DCTerms.license.asNode(), licence);
                salvage.repaired(DCTerms.license.asNode(), t.getSubject(), t.getObject(), known
                        .map(iri -> "text mapped to <" + iri.getURI() + ">").orElse("kept as a dct:LicenseDocument with that label"));
            } else if (t.getObject().isURI()) {
                lookup.licence(t.getObject().getURI()).filter(known -> !known.equals(t.getObject())).ifPresent(known -> {
                    graph.delete(t);
                    graph.add(t.getSubject(), DCTerms.license.asNode(), known);
                    salvage.repaired(DCTerms.license.asNode(), t.getSubject(), t.getObject(), "spelling of <" + known.getURI() + ">");
                });
            }
        }
    }

    /**
     * Rights given as text: an access right the EU table names becomes its concept; other text is kept
     * where DCAT-AP has a place for it, as the label of a dct:RightsStatement.
     */
    private void rightsAsStatements(Graph graph, Salvage salvage) {
        for (Node property : List.of(DCTerms.rights.asNode(), DCTerms.accessRights.asNode())) {
            for (Triple t : graph.find(Node.ANY, property, Node.ANY).toList()) {
                if (!t.getObject().isLiteral()) {
                    continue;
                }
                graph.delete(t);
                Optional<Node> concept = property.equals(DCTerms.accessRights.asNode())
                        ? lookup.accessRight(t.getObject().getLiteralLexicalForm()) : Optional.empty();
                if (concept.isPresent()) {
                    graph.add(t.getSubject(), property, concept.get());
                    salvage.repaired(property, t.getSubject(), t.getObject(), "text mapped to <" + concept.get().getURI() + ">");
                } else {
                    Node statement = NodeFactory.createBlankNode();
                    graph.add(t.getSubject(), property, statement);
                    graph.add(statement, RDF.type.asNode(), DCTerms.RightsStatement.asNode());
                    graph.add(statement, RDFS.label.asNode(), t.getObject());
                    salvage.repaired(property, t.getSubject(), t.getObject(), "kept as a dct:RightsStatement with that label");
                }
            }
        }
    }

    /**
     * A theme must be a concept of a scheme: one given as text, or as a blank node with a label
     * (Opendatasoft, CKAN groups), is kept as a keyword; an unknown IRI without a label is dropped.
     */
    private void themesAsKeywords(Graph graph, Salvage salvage) {
        for (Triple t : graph.find(Node.ANY, DCAT.theme.asNode(), Node.ANY).toList()) {
            Node theme = t.getObject();
            if (theme.isLiteral()) {
                graph.delete(t);
                graph.add(t.getSubject(), DCAT.keyword.asNode(), theme);
                salvage.repaired(DCAT.theme.asNode(), t.getSubject(), theme, "text kept as a dcat:keyword");
            } else if (theme.isBlank()) {
                graph.delete(t);
                labels(graph, theme).forEach(label -> graph.add(t.getSubject(), DCAT.keyword.asNode(), label));
                graph.find(theme, Node.ANY, Node.ANY).toList().forEach(graph::delete);
            } else if (!lookup.isKnownConcept(theme) && !graph.contains(theme, SKOS.prefLabel.asNode(), Node.ANY)) {
                List<Node> labels = labels(graph, theme);
                if (labels.isEmpty()) {
                    graph.delete(t);
                    salvage.dropped(DCAT.theme.asNode(), t.getSubject(), theme, "not a known concept, and no label");
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
                // A data service the record only refers to is a record of its own (or another's): not typed here.
                boolean elsewhere = property.equals(DCAT.accessService.asNode()) && value.isURI()
                        && !graph.contains(value, Node.ANY, Node.ANY);
                if (!value.isLiteral() && !elsewhere && !graph.contains(value, RDF.type.asNode(), range)) {
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

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
