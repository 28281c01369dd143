package fr.hautsdeseine.catalog.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * One dataset (or dataset series) and every triple that describes only it, ready to be stored in
 * its own named graph.
 *
 * @param id      the stable, URL-safe record id derived from {@code dct:identifier}
 * @param dataset the dataset's IRI
 * @param content the dataset's triples, its owned nodes and copies of the shared resources it uses
 */
public record DatasetRecord(String id, Node dataset, Graph content) {
}
