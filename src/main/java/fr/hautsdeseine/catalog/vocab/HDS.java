package fr.hautsdeseine.catalog.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The portal's own terms (ontology/portal.ttl): the explanatory notice. */
public final class HDS {
    public static final String NS = "https://opendata.hauts-de-seine.fr/ns/catalog#";
    public static final Resource Notice = ResourceFactory.createResource(NS + "Notice");
    public static final Property notice = ResourceFactory.createProperty(NS + "notice");
    public static final Property production = ResourceFactory.createProperty(NS + "production");
    public static final Property updatePolicy = ResourceFactory.createProperty(NS + "updatePolicy");
    public static final Property caveats = ResourceFactory.createProperty(NS + "caveats");
    /** On a catalog record: how the record reached the catalog (api, cli, demo, or a harvest source). */
    public static final Property origin = ResourceFactory.createProperty(NS + "origin");
    /** When the harvest source of a record first stopped listing it (a pending withdrawal). */
    public static final Property goneSince = ResourceFactory.createProperty(NS + "goneSince");
    /** On a stored vocabulary graph: the SHA-256 of the shipped file it was loaded from. */
    public static final Property sourceFingerprint = ResourceFactory.createProperty(NS + "sourceFingerprint");

    /**
     * The graph where the store keeps its own bookkeeping (the base URL its records were minted under,
     * their count and the revision of the last write that changed any), so that start-up reads three
     * triples instead of scanning every record.
     */
    public static final Resource storeState = ResourceFactory.createResource(NS + "storeState");
    public static final Property baseUrl = ResourceFactory.createProperty(NS + "baseUrl");
    public static final Property recordCount = ResourceFactory.createProperty(NS + "recordCount");
    /** Changes with every write that creates, changes or withdraws a record; derived indexes note the one they reflect. */
    public static final Property revision = ResourceFactory.createProperty(NS + "revision");

    /** On a catalog record: the harvest run that last changed it. */
    public static final Property harvestRun = ResourceFactory.createProperty(NS + "harvestRun");
    public static final Resource HarvestSource = ResourceFactory.createResource(NS + "HarvestSource");
    public static final Property sourceType = ResourceFactory.createProperty(NS + "sourceType");
    public static final Property harvestInterval = ResourceFactory.createProperty(NS + "harvestInterval");

    /** The change log (in the private graph {@code changes}): its counters and the terms of each entry. */
    public static final Property nextSequence = ResourceFactory.createProperty(NS + "nextSequence");
    public static final Property firstSequence = ResourceFactory.createProperty(NS + "firstSequence");
    public static final Property snapshotSequence = ResourceFactory.createProperty(NS + "snapshotSequence");
    public static final Property sequence = ResourceFactory.createProperty(NS + "sequence");
    public static final Property transaction = ResourceFactory.createProperty(NS + "transaction");
    public static final Property actor = ResourceFactory.createProperty(NS + "actor");
    public static final Property recordId = ResourceFactory.createProperty(NS + "recordId");
    public static final Property changeKind = ResourceFactory.createProperty(NS + "changeKind");
    public static final Property patch = ResourceFactory.createProperty(NS + "patch");
    /** In the private graph {@code replication}: the last change log entry the primary shipped to Kafka. */
    public static final Property shippedSequence = ResourceFactory.createProperty(NS + "shippedSequence");

    private HDS() {
    }
}
