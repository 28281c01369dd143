package fr.hautsdeseine.catalog.ingest;

import fr.hautsdeseine.catalog.store.DatasetRecord;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.VCARD4;

/**
 * Values a person may follow are web links: the site, the SPARQL page and harvesters turn them into
 * links. An IRI with a scheme that runs code or carries content ({@code javascript:}, {@code vbscript:},
 * {@code data:}) is refused anywhere in a record; the properties people follow take only {@code http}
 * and {@code https} IRIs, and contact addresses also {@code mailto}.
 */
final class SafeLinks {
    private static final Set<String> DANGEROUS = Set.of("javascript", "vbscript", "data");
    private static final Set<String> WEB = Set.of("http", "https");
    private static final Set<String> CONTACT = Set.of("http", "https", "mailto");
    private static final Set<Node> FOLLOWED = Set.of(DCAT.landingPage.asNode(), DCAT.downloadURL.asNode(),
            DCAT.accessURL.asNode(), DCAT.endpointURL.asNode(), FOAF.homepage.asNode(), FOAF.page.asNode(),
            VCARD4.hasURL.asNode());
    private static final Set<Node> CONTACTS = Set.of(DCAT.contactPoint.asNode(), VCARD4.hasEmail.asNode());

    void check(DatasetRecord record) {
        for (Triple triple : record.content().find().toList()) {
            checkNode(record.id(), triple, triple.getSubject());
            checkNode(record.id(), triple, triple.getObject());
            Node object = triple.getObject();
            if (!object.isURI()) {
                continue;
            }
            if (FOLLOWED.contains(triple.getPredicate()) && !WEB.contains(scheme(object))) {
                throw refused(record.id(), triple, "only http and https links are accepted there");
            }
            if (CONTACTS.contains(triple.getPredicate()) && !CONTACT.contains(scheme(object))) {
                throw refused(record.id(), triple, "only http, https and mailto links are accepted there");
            }
        }
    }

    private static void checkNode(String id, Triple triple, Node node) {
        if (node.isURI() && DANGEROUS.contains(scheme(node))) {
            throw refused(id, triple, "an IRI of scheme '" + scheme(node) + ":' is never accepted");
        }
    }

    private static RecordRejectedException refused(String id, Triple triple, String why) {
        Node value = triple.getObject().isURI() && !triple.getSubject().isURI() ? triple.getObject()
                : DANGEROUS.contains(scheme(triple.getSubject())) ? triple.getSubject() : triple.getObject();
        String shown = value.getURI().length() > 80 ? value.getURI().substring(0, 80) + "..." : value.getURI();
        return new ForeignSubjectException(id, triple.getSubject(), "gives <" + shown + "> as "
                + triple.getPredicate().getLocalName() + ": " + why);
    }

    private static String scheme(Node iri) {
        String value = iri.getURI();
        int colon = value.indexOf(':');
        return colon < 0 ? "" : value.substring(0, colon).trim().toLowerCase(Locale.ROOT);
    }
}
