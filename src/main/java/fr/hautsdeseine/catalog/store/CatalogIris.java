package fr.hautsdeseine.catalog.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Every IRI the server mints, all below the public base URL. */
public final class CatalogIris {
    private final String base;

    public CatalogIris(String baseUrl) {
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String base() {
        return base;
    }

    /** The base that relative IRIs in documents the catalog ships or receives resolve against. */
    public String documentBase() {
        return base + "/";
    }

    public Node catalog() {
        return NodeFactory.createURI(base + "/catalog");
    }

    public Node catalogGraph() {
        return NodeFactory.createURI(base + "/graphs/catalog");
    }

    public Node dataset(String id) {
        return NodeFactory.createURI(base + "/datasets/" + id);
    }

    public Node recordGraph(String id) {
        return NodeFactory.createURI(recordGraphPrefix() + id);
    }

    public String recordGraphPrefix() {
        return base + "/graphs/datasets/";
    }

    /** The SHACL report of a record: the warnings it was accepted with. */
    public Node reportGraph(String id) {
        return NodeFactory.createURI(reportGraphPrefix() + id);
    }

    public String reportGraphPrefix() {
        return base + "/graphs/reports/";
    }

    public Node catalogRecord(String id) {
        return NodeFactory.createURI(catalogRecordPrefix() + id);
    }

    public String catalogRecordPrefix() {
        return base + "/records/";
    }

    public Node vocabularyGraph(String name) {
        return NodeFactory.createURI(base + "/graphs/vocabularies/" + name);
    }

    /**
     * Graphs below this prefix hold the server's own bookkeeping (change log, harvest sources, accounts):
     * never part of the public SPARQL dataset, the site or the catalog.
     */
    public String privateGraphPrefix() {
        return base + "/graphs/private/";
    }

    public Node privateGraph(String name) {
        return NodeFactory.createURI(privateGraphPrefix() + name);
    }

    public boolean isPrivateGraph(Node graph) {
        return graph.isURI() && graph.getURI().startsWith(privateGraphPrefix());
    }

    /** The graph of the partner catalogs the portal harvests. */
    public Node harvestSourcesGraph() {
        return NodeFactory.createURI(base + "/graphs/harvest/sources");
    }

    public Node harvestSource(String name) {
        return NodeFactory.createURI(base + "/harvest/sources/" + name);
    }

    public Node harvestRun(String source, String runId) {
        return NodeFactory.createURI(base + "/harvest/sources/" + source + "/runs/" + runId);
    }

    /** The record id of a record graph, or null when the graph is not a record graph. */
    public String idOfRecordGraph(Node graph) {
        if (!graph.isURI() || !graph.getURI().startsWith(recordGraphPrefix())) {
            return null;
        }
        return graph.getURI().substring(recordGraphPrefix().length());
    }
}
