package fr.hautsdeseine.catalog.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCAT;

/** DCAT 3 terms that Jena's {@link DCAT} lacks. */
public final class DCAT3 {
    public static final String NS = DCAT.NS;
    public static final Resource DatasetSeries = ResourceFactory.createResource(NS + "DatasetSeries");
    public static final Property inSeries = ResourceFactory.createProperty(NS + "inSeries");
    public static final Property startDate = ResourceFactory.createProperty(NS + "startDate");
    public static final Property endDate = ResourceFactory.createProperty(NS + "endDate");
    public static final Property bbox = ResourceFactory.createProperty(NS + "bbox");

    private DCAT3() {
    }
}
