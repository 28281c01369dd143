package fr.hautsdeseine.catalog.harvest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** Writes DCAT-AP triples from the JSON of portal APIs, skipping absent and blank values. */
final class DcatGraphBuilder {
    static final String ETALAB_LICENCE = "https://www.etalab.gouv.fr/licence-ouverte-open-licence";
    static final String ODBL = "http://opendatacommons.org/licenses/odbl/1-0/";
    private static final String IANA = "https://www.iana.org/assignments/media-types/";

    private final Graph graph = GraphFactory.createDefaultGraph();

    Graph graph() {
        return graph;
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    void add(Node subject, org.apache.jena.rdf.model.Property predicate, Node object) {
        graph.add(subject, predicate.asNode(), object);
    }

    void type(Node subject, org.apache.jena.rdf.model.Resource type) {
        add(subject, RDF.type, type.asNode());
    }

    /** A plain string literal, when the JSON value is a non-blank text or number. */
    void text(Node subject, org.apache.jena.rdf.model.Property predicate, JsonNode value) {
        if (value != null && (value.isTextual() || value.isNumber()) && !value.asText().isBlank()) {
            add(subject, predicate, NodeFactory.createLiteralString(value.asText().strip()));
        }
    }

    void typed(Node subject, org.apache.jena.rdf.model.Property predicate, JsonNode value, XSDDatatype type) {
        if (value != null && (value.isTextual() || value.isNumber()) && !value.asText().isBlank()) {
            add(subject, predicate, NodeFactory.createLiteralDT(value.asText().strip(), type));
        }
    }

    /** An http(s) IRI from a JSON text, or nothing when the text is no such URL. */
    void link(Node subject, org.apache.jena.rdf.model.Property predicate, JsonNode value) {
        if (value != null && value.isTextual() && value.asText().strip().matches("(?i)https?://\\S+")) {
            add(subject, predicate, iri(value.asText().strip()));
        }
    }

    void mediaType(Node distribution, JsonNode mimetype) {
        if (mimetype != null && mimetype.isTextual() && mimetype.asText().strip().matches("[\\w.+-]+/[\\w.+-]+")) {
            add(distribution, org.apache.jena.vocabulary.DCAT.mediaType,
                    iri(IANA + mimetype.asText().strip().toLowerCase(Locale.ROOT)));
        }
    }

    /** The licence as its canonical IRI when it is one the portal knows, else a licence document with a label. */
    void licence(Node subject, JsonNode url, JsonNode label) {
        String text = label == null || label.isNull() ? "" : label.asText().toLowerCase(Locale.ROOT);
        if (url != null && url.isTextual() && url.asText().strip().matches("(?i)https?://\\S+")) {
            add(subject, DCTerms.license, iri(url.asText().strip()));
        } else if (text.contains("odbl")) {
            add(subject, DCTerms.license, iri(ODBL));
        } else if (text.contains("licence ouverte") || text.contains("open licence") || text.contains("etalab")
                || text.equals("fr-lo") || text.equals("lov2")) {
            add(subject, DCTerms.license, iri(ETALAB_LICENCE));
        } else if (!text.isBlank()) {
            Node licence = NodeFactory.createBlankNode();
            add(subject, DCTerms.license, licence);
            type(licence, DCTerms.LicenseDocument);
            add(licence, RDFS.label, NodeFactory.createLiteralString(label.asText().strip()));
        }
    }
}
