package fr.hautsdeseine.catalog.harvest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * DCAT-AP needs a {@code foaf:name} on every agent; data.gouv.fr writes Opendatasoft's contacts and
 * GeoNetwork writes its organisations without one. The name is taken from the agent's other labels,
 * else from the host of its IRI; an agent with neither is dropped.
 */
final class AgentNames {
    private static final String FOAF = "http://xmlns.com/foaf/0.1/";
    private static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    private static final Node NAME = NodeFactory.createURI(FOAF + "name");
    private static final List<Node> AGENT_PROPERTIES = List.of(DCTerms.publisher.asNode(), DCTerms.creator.asNode(),
            DCTerms.rightsHolder.asNode(), NodeFactory.createURI("http://www.w3.org/ns/prov#agent"));
    private static final List<Node> AGENT_CLASSES = List.of(NodeFactory.createURI(FOAF + "Agent"),
            NodeFactory.createURI(FOAF + "Organization"), NodeFactory.createURI(FOAF + "Person"));
    private static final List<Node> NAME_SOURCES = List.of(NodeFactory.createURI(VCARD + "fn"),
            NodeFactory.createURI(VCARD + "organization-name"), RDFS.label.asNode(), SKOS.prefLabel.asNode(),
            NodeFactory.createURI(FOAF + "nick"));

    private final Graph graph;
    private final Salvage salvage;

    AgentNames(Graph graph, Salvage salvage) {
        this.graph = graph;
        this.salvage = salvage;
    }

    void apply() {
        for (Node agent : agents()) {
            if (graph.find(agent, NAME, Node.ANY).filterKeep(t -> t.getObject().isLiteral()).hasNext()) {
                continue;
            }
            Optional<Triple> label = NAME_SOURCES.stream()
                    .flatMap(source -> graph.find(agent, source, Node.ANY).toList().stream())
                    .filter(t -> t.getObject().isLiteral() && !t.getObject().getLiteralLexicalForm().isBlank())
                    .findFirst();
            if (label.isPresent()) {
                graph.add(agent, NAME, label.get().getObject());
                salvage.repaired(NAME, agent, null, "no name: took its " + Salvage.shortName(label.get().getPredicate())
                        + " \"" + label.get().getObject().getLiteralLexicalForm() + "\"");
            } else if (agent.isURI() && host(agent.getURI()).isPresent()) {
                graph.add(agent, NAME, NodeFactory.createLiteralString(host(agent.getURI()).get()));
                salvage.repaired(NAME, agent, null, "no name nor label: named by the host of its IRI");
            } else {
                String where = salvage.describe(agent, 0);
                graph.find(Node.ANY, Node.ANY, agent).toList().forEach(t -> {
                    graph.delete(t);
                    salvage.dropped(t.getPredicate(), t.getSubject(), null, where + " has no name, label or IRI");
                });
                graph.find(agent, Node.ANY, Node.ANY).toList().forEach(graph::delete);
            }
        }
    }

    private Set<Node> agents() {
        Set<Node> agents = new LinkedHashSet<>();
        AGENT_PROPERTIES.forEach(p -> graph.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
            if (!t.getObject().isLiteral()) {
                agents.add(t.getObject());
            }
        }));
        AGENT_CLASSES.forEach(c -> graph.find(Node.ANY, RDF.type.asNode(), c).forEachRemaining(t -> agents.add(t.getSubject())));
        return agents;
    }

    private static Optional<String> host(String iri) {
        try {
            return Optional.ofNullable(java.net.URI.create(iri).getHost()).filter(h -> !h.isBlank());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
