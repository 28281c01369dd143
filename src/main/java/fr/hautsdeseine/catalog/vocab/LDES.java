package fr.hautsdeseine.catalog.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of Linked Data Event Streams, of the TREE hypermedia specification it builds on, and of Activity Streams 2.0. */
public final class LDES {
    public static final String NS = "https://w3id.org/ldes#";
    public static final String TREE_NS = "https://w3id.org/tree#";
    public static final String AS_NS = "https://www.w3.org/ns/activitystreams#";

    public static final Resource EventStream = ResourceFactory.createResource(NS + "EventStream");
    public static final Resource LatestVersionSubset = ResourceFactory.createResource(NS + "LatestVersionSubset");
    public static final Property timestampPath = ResourceFactory.createProperty(NS + "timestampPath");
    public static final Property versionOfPath = ResourceFactory.createProperty(NS + "versionOfPath");
    public static final Property retentionPolicy = ResourceFactory.createProperty(NS + "retentionPolicy");
    public static final Property amount = ResourceFactory.createProperty(NS + "amount");

    public static final Resource Node = ResourceFactory.createResource(TREE_NS + "Node");
    public static final Resource Relation = ResourceFactory.createResource(TREE_NS + "Relation");
    public static final Resource GreaterThanOrEqualToRelation = ResourceFactory.createResource(TREE_NS + "GreaterThanOrEqualToRelation");
    public static final Resource ViewDescription = ResourceFactory.createResource(TREE_NS + "ViewDescription");
    public static final Property view = ResourceFactory.createProperty(TREE_NS + "view");
    public static final Property viewDescription = ResourceFactory.createProperty(TREE_NS + "viewDescription");
    public static final Property member = ResourceFactory.createProperty(TREE_NS + "member");
    public static final Property relation = ResourceFactory.createProperty(TREE_NS + "relation");
    public static final Property node = ResourceFactory.createProperty(TREE_NS + "node");
    public static final Property path = ResourceFactory.createProperty(TREE_NS + "path");
    public static final Property value = ResourceFactory.createProperty(TREE_NS + "value");

    public static final Resource Create = ResourceFactory.createResource(AS_NS + "Create");
    public static final Resource Update = ResourceFactory.createResource(AS_NS + "Update");
    public static final Resource Delete = ResourceFactory.createResource(AS_NS + "Delete");
    public static final Property object = ResourceFactory.createProperty(AS_NS + "object");
    public static final Property published = ResourceFactory.createProperty(AS_NS + "published");

    /** SEMIC's DCAT-AP Feeds specification, which the feed conforms to. */
    public static final Resource DCAT_AP_FEEDS = ResourceFactory.createResource("https://semiceu.github.io/LDES-DCAT-AP-feeds/");

    private LDES() {
    }
}
