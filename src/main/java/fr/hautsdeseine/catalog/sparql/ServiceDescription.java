package fr.hautsdeseine.catalog.sparql;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** The endpoint's SPARQL 1.1 Service Description ({@code sd:Service}), built once. */
final class ServiceDescription {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    static final String[] RESULT_FORMATS = {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
        "SPARQL_Results_TSV", "Turtle", "RDF_XML", "JSON-LD", "N-Triples"};

    private final Model model;

    ServiceDescription(String baseUrl, SparqlLimits limits) {
        model = ModelFactory.createDefaultModel();
        model.setNsPrefix("sd", SD);
        model.setNsPrefix("dct", DCTerms.NS);
        model.setNsPrefix("format", FORMATS);
        Resource endpoint = model.createResource(baseUrl + SparqlEndpoint.PATH);
        Resource service = model.createResource(baseUrl + SparqlEndpoint.PATH + "#service")
                .addProperty(RDF.type, sd("Service"))
                .addProperty(sdProperty("endpoint"), endpoint)
                .addProperty(sdProperty("supportedLanguage"), sd("SPARQL11Query"))
                .addProperty(sdProperty("feature"), sd("UnionDefaultGraph"))
                .addProperty(sdProperty("feature"), sd("EmptyGraphs"))
                .addProperty(DCTerms.title, "Catalog SPARQL endpoint (read-only)", "en")
                .addProperty(DCTerms.title, "Point d'accès SPARQL du catalogue (lecture seule)", "fr")
                .addProperty(DCTerms.description, ("Read-only SPARQL 1.1 query endpoint. Queries stop after %d s;"
                        + " an answer holds at most %d rows (or triples); at most %d queries run at once;"
                        + " SERVICE is disabled.").formatted(limits.timeout().toSeconds(), limits.maxRows(),
                        limits.maxConcurrent()), "en");
        // Where to follow the catalog's changes instead of querying it again: the DCAT-AP Feed.
        service.addProperty(RDFS.seeAlso, model.createResource(baseUrl + "/feed"));
        for (String format : RESULT_FORMATS) {
            service.addProperty(sdProperty("resultFormat"), model.createResource(FORMATS + format));
        }
        Resource defaultGraph = model.createResource()
                .addProperty(RDF.type, sd("Graph"))
                .addProperty(DCTerms.description, "The union of every named graph: all dataset records, the catalog"
                        + " description and the controlled vocabularies.", "en")
                .addProperty(DCTerms.description, "L'union de tous les graphes nommés : les fiches des jeux de"
                        + " données, la description du catalogue et les vocabulaires contrôlés.", "fr");
        Resource dataset = model.createResource()
                .addProperty(RDF.type, sd("Dataset"))
                .addProperty(sdProperty("defaultGraph"), defaultGraph)
                .addProperty(DCTerms.description, "Each dataset record is the named graph " + baseUrl
                        + "/graphs/datasets/{id}; the catalog is " + baseUrl + "/graphs/catalog.", "en");
        service.addProperty(sdProperty("defaultDataset"), dataset);
    }

    Model model() {
        return model;
    }

    private Resource sd(String local) {
        return model.createResource(SD + local);
    }

    private Property sdProperty(String local) {
        return model.createProperty(SD, local);
    }
}
