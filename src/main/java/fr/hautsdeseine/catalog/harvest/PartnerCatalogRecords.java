package fr.hautsdeseine.catalog.harvest;

import fr.hautsdeseine.catalog.store.DatasetRecord;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;

/**
 * A partner's own catalog records (GeoDCAT-AP writes one per dataset) and catalogs: the catalog keeps its
 * own records of what it harvested, and a record may not describe the server's kinds of resource, so
 * they are dropped from the partner record, each drop noted.
 */
final class PartnerCatalogRecords {
    private static final Set<Node> SERVER_TYPES = Set.of(DCAT.CatalogRecord.asNode(), DCAT.Catalog.asNode());

    private PartnerCatalogRecords() {
    }

    static DatasetRecord drop(DatasetRecord record, Salvage salvage) {
        Graph content = record.content();
        Set<Node> bookkeeping = new HashSet<>();
        for (Node type : SERVER_TYPES) {
            content.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> bookkeeping.add(t.getSubject()));
        }
        for (Node node : bookkeeping) {
            if (node.equals(record.dataset())) {
                // The dataset typed as a record too: keep the dataset, drop the second type and its topic.
                for (Node type : SERVER_TYPES) {
                    if (content.contains(node, RDF.type.asNode(), type)) {
                        content.delete(node, RDF.type.asNode(), type);
                        salvage.dropped(RDF.type.asNode(), node, type, "the catalog keeps its own catalog records");
                    }
                }
                content.remove(node, FOAF.primaryTopic.asNode(), Node.ANY);
                continue;
            }
            List<Triple> about = content.find(node, Node.ANY, Node.ANY).toList();
            about.forEach(content::delete);
            content.find(Node.ANY, Node.ANY, node).toList().forEach(content::delete);
            salvage.dropped(RDF.type.asNode(), node, null, "the partner's catalog record or catalog ("
                    + about.size() + " statements): the catalog keeps its own");
        }
        return record;
    }
}
