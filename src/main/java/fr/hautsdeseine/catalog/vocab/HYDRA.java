package fr.hautsdeseine.catalog.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The Hydra Core terms of catalog paging, with the older PagedCollection terms harvesters still read. */
public final class HYDRA {
    public static final String NS = "http://www.w3.org/ns/hydra/core#";
    public static final Resource Collection = ResourceFactory.createResource(NS + "Collection");
    public static final Resource PartialCollectionView = ResourceFactory.createResource(NS + "PartialCollectionView");
    public static final Resource PagedCollection = ResourceFactory.createResource(NS + "PagedCollection");
    public static final Property view = ResourceFactory.createProperty(NS + "view");
    public static final Property totalItems = ResourceFactory.createProperty(NS + "totalItems");
    public static final Property first = ResourceFactory.createProperty(NS + "first");
    public static final Property previous = ResourceFactory.createProperty(NS + "previous");
    public static final Property next = ResourceFactory.createProperty(NS + "next");
    public static final Property last = ResourceFactory.createProperty(NS + "last");
    public static final Property firstPage = ResourceFactory.createProperty(NS + "firstPage");
    public static final Property previousPage = ResourceFactory.createProperty(NS + "previousPage");
    public static final Property nextPage = ResourceFactory.createProperty(NS + "nextPage");
    public static final Property lastPage = ResourceFactory.createProperty(NS + "lastPage");
    public static final Property itemsPerPage = ResourceFactory.createProperty(NS + "itemsPerPage");

    private HYDRA() {
    }
}
