package fr.hautsdeseine.catalog.store;

import java.time.Instant;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * What request handlers may read of the store, and nothing more: copies of stored graphs and the
 * store's counters. Handlers hold this rather than the store, so that none of them can write or open
 * a transaction of its own.
 */
public interface RecordReader {
    CatalogIris iris();

    /** A copy of the record's graph, with its catalog record. */
    Optional<Graph> record(String id);

    /** The SHACL report a record was accepted with (its warnings), if it had any. */
    Optional<Graph> report(String id);

    /** A copy of a named graph, if it holds anything. */
    Optional<Graph> graph(Node name);

    long recordCount();

    /** When a write last changed what the catalog serves (or when the store was opened). */
    Instant lastChange();
}
