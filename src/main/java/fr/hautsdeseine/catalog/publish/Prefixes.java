package fr.hautsdeseine.catalog.publish;

import fr.hautsdeseine.catalog.vocab.DCATAP;
import fr.hautsdeseine.catalog.vocab.HDS;
import fr.hautsdeseine.catalog.vocab.HYDRA;
import org.apache.jena.shared.PrefixMapping;

/** The prefixes every served document declares (and the JSON-LD context is made of). */
final class Prefixes {
    static final PrefixMapping COMMON = PrefixMapping.Factory.create()
            .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
            .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
            .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .setNsPrefix("dcat", "http://www.w3.org/ns/dcat#")
            .setNsPrefix("dct", "http://purl.org/dc/terms/")
            .setNsPrefix("dcatap", DCATAP.NS)
            .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
            .setNsPrefix("vcard", "http://www.w3.org/2006/vcard/ns#")
            .setNsPrefix("locn", "http://www.w3.org/ns/locn#")
            .setNsPrefix("gsp", "http://www.opengis.net/ont/geosparql#")
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("spdx", "http://spdx.org/rdf/terms#")
            .setNsPrefix("csvw", "http://www.w3.org/ns/csvw#")
            .setNsPrefix("adms", "http://www.w3.org/ns/adms#")
            .setNsPrefix("hydra", HYDRA.NS)
            .setNsPrefix("hds", HDS.NS)
            .lock();

    private Prefixes() {
    }
}
