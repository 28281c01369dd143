package fr.hautsdeseine.catalog.store;

import org.apache.jena.graph.Node;

/** Where a write transaction's quads go: the dataset itself, or the import's {@link QuadTableWriter}. */
interface QuadSink {
    void add(Node graph, Node subject, Node predicate, Node object);
}
