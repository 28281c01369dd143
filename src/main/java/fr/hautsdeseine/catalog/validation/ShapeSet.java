package fr.hautsdeseine.catalog.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import fr.hautsdeseine.catalog.vocab.DCATAP;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/** The shapes of shapes/, parsed once, combined per {@link Profile}. */
public final class ShapeSet {
    private static final Node SEVERITY = SHACL.severity;

    private final Graph dcatAp;
    private final Graph hvd;
    private final Graph portal;
    private final Graph partnerPortal;
    private final Graph harvestContract;
    /** Parsed on first use: a server that only serves never pays for them. */
    private final Map<String, Shapes> parsed = new ConcurrentHashMap<>();

    private ShapeSet(Graph dcatAp, Graph hvd, Graph portal, Graph harvestContract) {
        this.dcatAp = dcatAp;
        this.hvd = hvd;
        this.portal = portal;
        this.partnerPortal = asWarnings(portal);
        this.harvestContract = harvestContract;
    }

    public static ShapeSet load() {
        return new ShapeSet(read("dcat-ap-3"), read("dcat-ap-hvd"), read("portal-profile"), read("harvest-contract"));
    }

    /**
     * The shapes a record needs. Every HVD rule targets, through SPARQL, a resource under the HVD
     * regulation, or one with an HVD category; for a record with neither, the HVD shapes cannot
     * report anything, and leaving them out saves finding their targets for each record.
     */
    public Shapes forRecord(Profile profile, Graph record) {
        boolean mentionsHvd = record.contains(Node.ANY, DCATAP.applicableLegislation.asNode(), DCATAP.HVD_REGULATION.asNode())
                || record.contains(Node.ANY, DCATAP.hvdCategory.asNode(), Node.ANY);
        return shapes(profile, mentionsHvd);
    }

    private Shapes shapes(Profile profile, boolean withHvd) {
        return parsed.computeIfAbsent(profile + (withHvd ? "+hvd" : ""), key -> {
            Graph profileRules = profile == Profile.PORTAL ? portal : union(harvestContract, partnerPortal);
            Shapes shapes = Shapes.parse(withHvd ? union(dcatAp, hvd, profileRules) : union(dcatAp, profileRules));
            JavaTargets.install(shapes);
            return shapes;
        });
    }

    /** The same rules with every Violation lowered to a Warning (Info stays Info). */
    static Graph asWarnings(Graph shapesGraph) {
        Graph lowered = GraphFactory.createDefaultGraph();
        shapesGraph.find().forEachRemaining(lowered::add);
        Set<Node> shapeNodes = new HashSet<>();
        lowered.find(Node.ANY, RDF.type.asNode(), SHACL.NodeShape).forEachRemaining(t -> shapeNodes.add(t.getSubject()));
        lowered.find(Node.ANY, RDF.type.asNode(), SHACL.PropertyShape).forEachRemaining(t -> shapeNodes.add(t.getSubject()));
        lowered.find(Node.ANY, SHACL.property, Node.ANY).forEachRemaining(t -> shapeNodes.add(t.getObject()));
        for (Node shape : shapeNodes) {
            if (!lowered.contains(shape, SEVERITY, SHACL.Info)) {
                lowered.remove(shape, SEVERITY, Node.ANY);
                lowered.add(shape, SEVERITY, SHACL.Warning);
            }
        }
        return lowered;
    }

    private static Graph union(Graph... graphs) {
        Graph all = GraphFactory.createDefaultGraph();
        for (Graph graph : graphs) {
            graph.find().forEachRemaining(all::add);
            all.getPrefixMapping().setNsPrefixes(graph.getPrefixMapping());
        }
        return all;
    }

    private static Graph read(String name) {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = ShapeSet.class.getResourceAsStream("/shapes/" + name + ".ttl")) {
            if (in == null) {
                throw new IllegalStateException("Shapes /shapes/" + name + ".ttl are missing from the build");
            }
            RDFParser.source(in).lang(Lang.TURTLE).base(NodeFactory.createURI("urn:shapes:").getURI()).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }
}
