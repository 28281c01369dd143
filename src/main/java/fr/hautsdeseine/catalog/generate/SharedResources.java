package fr.hautsdeseine.catalog.generate;

import static fr.hautsdeseine.catalog.generate.DatasetGenerator.en;
import static fr.hautsdeseine.catalog.generate.DatasetGenerator.fr;
import static fr.hautsdeseine.catalog.generate.DatasetGenerator.iri;

import fr.hautsdeseine.catalog.generate.GeneratorPools.Format;
import fr.hautsdeseine.catalog.generate.GeneratorPools.Publisher;
import fr.hautsdeseine.catalog.vocab.DCATAP;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.BaseDatatype;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * The resources datasets share, described once at the top of the file as in the demo catalog:
 * licences, publishers, and the classes DCAT-AP's range constraints expect of the EU codes used.
 */
final class SharedResources {
    static final String IANA = "https://www.iana.org/assignments/media-types/";
    static final RDFDatatype WKT = new BaseDatatype(DatasetGenerator.GSP + "wktLiteral");
    private static final String LICENCE_TYPE = "http://purl.org/adms/licencetype/";

    private SharedResources() {
    }

    static List<Description> describe(String base) {
        List<Description> shared = new ArrayList<>();
        shared.add(Description.of(GeneratorPools.LICENCE_OUVERTE)
                .add(RDF.type, DCTerms.LicenseDocument.asNode())
                .add(DCTerms.title, fr("Licence Ouverte / Open Licence version 2.0"), en("Open Licence version 2.0"))
                .add(DCTerms.type, iri(LICENCE_TYPE + "Attribution")));
        shared.add(Description.of(GeneratorPools.ODBL)
                .add(RDF.type, DCTerms.LicenseDocument.asNode())
                .add(DCTerms.title, fr("Licence ouverte de base de données (ODbL) version 1.0"), en("Open Database License (ODbL) v1.0"))
                .add(DCTerms.type, iri(LICENCE_TYPE + "Attribution"), iri(LICENCE_TYPE + "ShareAlike")));
        shared.add(scheme(LICENCE_TYPE + "1.0", "Licence type"));
        shared.add(concept(LICENCE_TYPE + "Attribution", "Attribution", "Paternité", LICENCE_TYPE + "1.0"));
        shared.add(concept(LICENCE_TYPE + "ShareAlike", "Share-alike", "Partage à l'identique", LICENCE_TYPE + "1.0"));
        String publisherTypes = GeneratorPools.PUBLISHER_TYPE + "1.0";
        shared.add(scheme(publisherTypes, "Publisher type"));
        shared.add(concept(GeneratorPools.PUBLISHER_TYPE + "LocalAuthority", "Local Authority", "Autorité locale", publisherTypes));
        shared.add(concept(GeneratorPools.PUBLISHER_TYPE + "RegionalAuthority", "Regional Authority", "Autorité régionale", publisherTypes));
        shared.add(Description.of(DCATAP.HVD_REGULATION.getURI())
                .add(RDF.type, iri("http://data.europa.eu/eli/ontology#LegalResource"))
                .add(DCTerms.title, fr("Règlement d'exécution (UE) 2023/138 de la Commission établissant une liste"
                        + " d'ensembles de données de forte valeur spécifiques et les modalités de leur publication et de leur réutilisation")));
        shared.add(typed(GeneratorPools.AUTHORITY + "language/FRA", DCTerms.LinguisticSystem.getURI()));
        shared.add(typed(GeneratorPools.AUTHORITY + "access-right/PUBLIC", DCTerms.RightsStatement.getURI()));
        GeneratorPools.FREQUENCIES.forEach(code -> shared.add(typed(GeneratorPools.AUTHORITY + "frequency/" + code, DCTerms.Frequency.getURI())));
        Set<String> fileTypes = new LinkedHashSet<>();
        Set<String> mediaTypes = new LinkedHashSet<>();
        for (Format format : GeneratorPools.FORMATS) {
            fileTypes.add(format.code());
            mediaTypes.add(format.mediaType());
        }
        fileTypes.forEach(code -> shared.add(typed(GeneratorPools.AUTHORITY + "file-type/" + code, DCTerms.MediaTypeOrExtent.getURI())));
        mediaTypes.forEach(type -> shared.add(typed(IANA + type, DCTerms.MediaType.getURI())));
        for (Publisher publisher : GeneratorPools.PUBLISHERS) {
            shared.add(Description.of(base + "/publishers/" + publisher.slug())
                    .add(RDF.type, FOAF.Agent.asNode(), FOAF.Organization.asNode())
                    .add(FOAF.name, fr(publisher.nameFr()), en(publisher.nameEn()))
                    .add(DCTerms.type, iri(publisher.type()))
                    .add(FOAF.homepage, iri(publisher.homepage())));
        }
        return shared;
    }

    private static Description scheme(String iri, String titleEn) {
        return Description.of(iri).add(RDF.type, SKOS.ConceptScheme.asNode()).add(DCTerms.title, en(titleEn));
    }

    private static Description concept(String iri, String labelEn, String labelFr, String scheme) {
        return Description.of(iri)
                .add(RDF.type, SKOS.Concept.asNode())
                .add(SKOS.prefLabel, en(labelEn), fr(labelFr))
                .add(SKOS.inScheme, iri(scheme));
    }

    private static Description typed(String iri, String type) {
        return Description.of(iri).add(RDF.type, ResourceFactory.createResource(type).asNode());
    }
}
