package fr.hautsdeseine.catalog.quality;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.SKOS;

/**
 * What the assessment looks up in the shipped vocabularies: the EU file types, licences and access
 * rights, the media types the file-type table maps to a file type, and the lists of ontology/quality-lists.ttl.
 */
public final class QualityLists {
    static final String FILE_TYPES = "http://publications.europa.eu/resource/authority/file-type";
    static final String LICENCES = "http://publications.europa.eu/resource/authority/licence";
    static final String ACCESS_RIGHTS = "http://publications.europa.eu/resource/authority/access-right";
    static final String LISTS = "https://opendata.hauts-de-seine.fr/ns/";
    private static final Node MEDIA_TYPE_CODE = NodeFactory.createURI(
            "https://opendata.hauts-de-seine.fr/ns/catalog#mediaTypeCode");

    private final Set<String> fileTypes;
    private final Set<String> accessRights;
    private final Set<String> knownLicences;
    private final Set<String> nonProprietary;
    private final Set<String> machineReadable;
    private final Map<String, String> fileTypeOfMediaType;

    private QualityLists(Set<String> fileTypes, Set<String> accessRights, Set<String> knownLicences,
                         Set<String> nonProprietary, Set<String> machineReadable, Map<String, String> fileTypeOfMediaType) {
        this.fileTypes = fileTypes;
        this.accessRights = accessRights;
        this.knownLicences = knownLicences;
        this.nonProprietary = nonProprietary;
        this.machineReadable = machineReadable;
        this.fileTypeOfMediaType = fileTypeOfMediaType;
    }

    /** Reads the lists from the union of the shipped vocabularies. */
    public static QualityLists from(Graph vocabularies) {
        // As data.europa.eu's assessment reads it: a concept of the EU table or of its own additions, or an IRI
        // such a concept names by skos:exactMatch. A mapping of our own (our IRI exactMatch an EU concept) is
        // not read there, so it does not count here either.
        Set<String> concepts = inScheme(vocabularies, LICENCES);
        concepts.addAll(members(vocabularies, LISTS + "licences/known-to-mqa"));
        Set<String> knownLicences = new HashSet<>(concepts);
        vocabularies.find(Node.ANY, SKOS.exactMatch.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isURI() && concepts.contains(t.getSubject().getURI())) {
                knownLicences.add(t.getObject().getURI());
            }
        });
        Map<String, String> byMediaType = new HashMap<>();
        vocabularies.find(Node.ANY, MEDIA_TYPE_CODE, Node.ANY).forEachRemaining(t ->
                byMediaType.putIfAbsent(t.getObject().getLiteralLexicalForm(), t.getSubject().getURI()));
        return new QualityLists(inScheme(vocabularies, FILE_TYPES), inScheme(vocabularies, ACCESS_RIGHTS), knownLicences,
                members(vocabularies, LISTS + "formats/non-proprietary"),
                members(vocabularies, LISTS + "formats/machine-readable"), byMediaType);
    }

    public boolean isFileType(String iri) {
        return fileTypes.contains(iri);
    }

    public boolean isAccessRight(String iri) {
        return accessRights.contains(iri);
    }

    public boolean isKnownLicence(String iri) {
        return knownLicences.contains(iri);
    }

    public boolean isNonProprietary(String fileType) {
        return nonProprietary.contains(fileType);
    }

    public boolean isMachineReadable(String fileType) {
        return machineReadable.contains(fileType);
    }

    /** The file type the EU table gives a media type code ("text/csv"), or null. */
    public String fileTypeOfMediaType(String code) {
        return fileTypeOfMediaType.get(code);
    }

    private static Set<String> inScheme(Graph graph, String scheme) {
        Set<String> iris = new HashSet<>();
        graph.find(Node.ANY, SKOS.inScheme.asNode(), NodeFactory.createURI(scheme))
                .mapWith(Triple::getSubject).filterKeep(Node::isURI).forEachRemaining(n -> iris.add(n.getURI()));
        return iris;
    }

    private static Set<String> members(Graph graph, String collection) {
        Set<String> iris = new HashSet<>();
        graph.find(NodeFactory.createURI(collection), SKOS.member.asNode(), Node.ANY)
                .mapWith(Triple::getObject).filterKeep(Node::isURI).forEachRemaining(n -> iris.add(n.getURI()));
        return iris;
    }
}
