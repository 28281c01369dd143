package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.store.RecordReader;
import fr.hautsdeseine.catalog.store.DatasetRecord;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;

/** A partner writes only its own publisher's records: what it sends, and what it replaces or withdraws. */
final class PublisherGuard {
    private final RecordReader store;

    PublisherGuard(RecordReader store) {
        this.store = store;
    }

    /** Refuses (403) records the principal may not write; the admin may write any. */
    void checkWrite(Principal principal, List<DatasetRecord> records) {
        if (principal.isAdmin()) {
            return;
        }
        for (DatasetRecord record : records) {
            requireOwn(principal, record.id(), publisher(record.content(), record.dataset()));
            checkStored(principal, record.id());
        }
    }

    /** Refuses (403) to withdraw or replace a stored record of another publisher. */
    void checkStored(Principal principal, String id) {
        if (principal.isAdmin()) {
            return;
        }
        store.record(id).ifPresent(stored -> {
            Node dataset = stored.find(store.iris().catalogRecord(id), FOAF.primaryTopic.asNode(), Node.ANY)
                    .nextOptional().map(Triple::getObject).orElse(Node.ANY);
            requireOwn(principal, id, publisher(stored, dataset));
        });
    }

    private static void requireOwn(Principal principal, String id, Optional<String> publisher) {
        String own = principal.publisher().orElseThrow();
        if (publisher.isEmpty() || !publisher.get().equals(own)) {
            throw new ApiException(403, "This token writes only records published by <" + own + ">; record '" + id
                    + "' " + publisher.map(p -> "is published by <" + p + ">").orElse("has no dct:publisher IRI"));
        }
    }

    private static Optional<String> publisher(Graph graph, Node dataset) {
        return graph.find(dataset, DCTerms.publisher.asNode(), Node.ANY).toList().stream()
                .map(Triple::getObject).filter(Node::isURI).map(Node::getURI).findFirst();
    }
}
