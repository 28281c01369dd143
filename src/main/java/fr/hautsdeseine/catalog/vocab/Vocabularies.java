package fr.hautsdeseine.catalog.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** The controlled vocabularies shipped in ontology/ (inside the jar under /ontology). */
public final class Vocabularies {
    /** Each file is stored in the graph {base}/graphs/vocabularies/{name}. */
    public static final List<String> NAMES = List.of("data-themes", "file-types", "licences", "frequencies",
            "access-rights", "languages", "hvd-categories", "dcat-ap-terms", "portal",
            "quality-lists", "places");

    private Vocabularies() {
    }

    public static Graph load(String name) {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = Vocabularies.class.getResourceAsStream("/ontology/" + name + ".ttl")) {
            if (in == null) {
                throw new IllegalStateException("Vocabulary /ontology/" + name + ".ttl is missing from the build");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    /** A fingerprint of the shipped file (SHA-256 of its bytes): a stored copy with the same one is current. */
    public static String fingerprint(String name) {
        try (InputStream in = Vocabularies.class.getResourceAsStream("/ontology/" + name + ".ttl")) {
            if (in == null) {
                throw new IllegalStateException("Vocabulary /ontology/" + name + ".ttl is missing from the build");
            }
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return java.util.HexFormat.of().formatHex(digest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Every vocabulary, by name, in the order of {@link #NAMES}. */
    public static Map<String, Graph> loadEach() {
        Map<String, Graph> each = new LinkedHashMap<>();
        NAMES.forEach(name -> each.put(name, load(name)));
        return each;
    }

    /** Every vocabulary in one graph: the background data that validation needs. */
    public static Graph union(Map<String, Graph> vocabularies) {
        Graph all = GraphFactory.createDefaultGraph();
        vocabularies.values().forEach(graph -> graph.find().forEachRemaining(all::add));
        return all;
    }

    public static Graph loadAll() {
        return union(loadEach());
    }
}
