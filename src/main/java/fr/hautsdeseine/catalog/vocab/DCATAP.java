package fr.hautsdeseine.catalog.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** DCAT-AP and DCAT-AP HVD terms. */
public final class DCATAP {
    public static final String NS = "http://data.europa.eu/r5r/";
    public static final Property applicableLegislation = ResourceFactory.createProperty(NS + "applicableLegislation");
    public static final Property hvdCategory = ResourceFactory.createProperty(NS + "hvdCategory");
    public static final Property availability = ResourceFactory.createProperty(NS + "availability");

    /** The HVD implementing regulation, whose presence makes a dataset a high-value dataset. */
    public static final Resource HVD_REGULATION =
            ResourceFactory.createResource("http://data.europa.eu/eli/reg_impl/2023/138/oj");

    private DCATAP() {
    }
}
