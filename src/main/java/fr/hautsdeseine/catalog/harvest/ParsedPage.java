package fr.hautsdeseine.catalog.harvest;

import java.net.URI;
import java.util.List;
import org.apache.jena.graph.Graph;

/** One page of a partner catalog as a graph, with the URL it came from and what had to be repaired to read it. */
record ParsedPage(URI url, Graph graph, List<Salvage.Repair> repairs) {
    ParsedPage(URI url, Graph graph) {
        this(url, graph, List.of());
    }
}
