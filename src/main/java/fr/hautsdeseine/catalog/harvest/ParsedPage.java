package fr.hautsdeseine.catalog.harvest;

import java.net.URI;
import org.apache.jena.graph.Graph;

/** One page of a partner catalog as a graph, with the URL it came from. */
record ParsedPage(URI url, Graph graph) {
}
