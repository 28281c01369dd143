package fr.hautsdeseine.catalog.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.store.DatasetRecord;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class PartnerNormaliserTest {
    private static final String EU = "http://publications.europa.eu/resource/authority/";
    private static final Node DATASET = NodeFactory.createURI("https://ville.example/d/1");
    private static final Node DISTRIBUTION = NodeFactory.createURI("https://ville.example/d/1/r/1");

    private final PartnerNormaliser normaliser = new PartnerNormaliser(HarvestFixture.VOCABULARIES);

    @Test
    void text_values_become_the_eu_concepts_and_iris_they_name() {
        PartnerNormaliser.Normalised result = normaliser.normalise(record("""
                <https://ville.example/d/1> a dcat:Dataset ; dct:identifier "1" ; dct:title "Un"@fr ;
                    dct:abstract "Résumé"@fr ; dct:language "fr" ; dct:accrualPeriodicity "daily" ;
                    dcat:landingPage "https://ville.example/d/1.html" ; dcat:theme "Transports" ;
                    dcat:distribution <https://ville.example/d/1/r/1> .
                <https://ville.example/d/1/r/1> dcat:downloadURL "https://ville.example/f.json"^^xsd:anyURI ;
                    dct:format "JSON" ; dcat:mediaType "application/json" ; dct:license "Licence Ouverte Version 2.0" .
                """));
        Graph graph = result.record().content();

        assertThat(graph.contains(DATASET, DCTerms.language.asNode(), uri(EU + "language/FRA"))).isTrue();
        assertThat(graph.contains(DATASET, DCTerms.accrualPeriodicity.asNode(), uri(EU + "frequency/DAILY"))).isTrue();
        assertThat(graph.contains(DATASET, DCAT.landingPage.asNode(), uri("https://ville.example/d/1.html"))).isTrue();
        assertThat(graph.contains(DATASET, DCAT.keyword.asNode(), NodeFactory.createLiteralString("Transports"))).isTrue();
        assertThat(graph.contains(DATASET, DCAT.theme.asNode(), Node.ANY)).isFalse();
        assertThat(graph.contains(DATASET, DCTerms.description.asNode(), NodeFactory.createLiteralLang("Résumé", "fr"))).isTrue();
        assertThat(graph.contains(DISTRIBUTION, DCAT.accessURL.asNode(), uri("https://ville.example/f.json"))).isTrue();
        assertThat(graph.contains(DISTRIBUTION, DCTerms.format.asNode(), uri(EU + "file-type/JSON"))).isTrue();
        assertThat(graph.contains(DISTRIBUTION, DCAT.mediaType.asNode(),
                uri("https://www.iana.org/assignments/media-types/application/json"))).isTrue();
        assertThat(graph.contains(DISTRIBUTION, DCTerms.license.asNode(),
                uri("https://www.etalab.gouv.fr/licence-ouverte-open-licence"))).isTrue();
        assertThat(graph.contains(DISTRIBUTION, RDF.type.asNode(), DCAT.Distribution.asNode())).isTrue();
        assertThat(result.repairs()).extracting(Salvage.Repair::note).contains(
                "repaired dcat:theme on <https://ville.example/d/1> (\"Transports\"): text kept as a dcat:keyword",
                "repaired dct:license on <https://ville.example/d/1/r/1> (\"Licence Ouverte Version 2.0\"): text mapped to"
                        + " <https://www.etalab.gouv.fr/licence-ouverte-open-licence>");
    }

    @Test
    void what_cannot_be_mapped_is_dropped_and_noted_never_guessed() {
        PartnerNormaliser.Normalised result = normaliser.normalise(record("""
                <https://ville.example/d/1> a dcat:Dataset ; dct:language "klingon" ;
                    dcat:distribution <https://ville.example/d/1/r/1> .
                <https://ville.example/d/1/r/1> dct:format "Parchemin" ; dct:license "Ma licence maison" ;
                    dcat:accessURL <https://ville.example/f.pdf> .
                """));
        Graph graph = result.record().content();

        assertThat(graph.contains(DATASET, DCTerms.language.asNode(), Node.ANY)).isFalse();
        assertThat(graph.contains(DISTRIBUTION, DCTerms.format.asNode(), Node.ANY)).isFalse();
        Node licence = graph.find(DISTRIBUTION, DCTerms.license.asNode(), Node.ANY).next().getObject();
        assertThat(licence.isBlank()).isTrue();
        assertThat(graph.contains(licence, RDF.type.asNode(), DCTerms.LicenseDocument.asNode())).isTrue();
        assertThat(result.repairs()).extracting(Salvage.Repair::note).containsExactlyInAnyOrder(
                "dropped dct:language on <https://ville.example/d/1> (\"klingon\"): text not recognised",
                "dropped dct:format on <https://ville.example/d/1/r/1> (\"Parchemin\"): text not recognised",
                "repaired dct:license on <https://ville.example/d/1/r/1> (\"Ma licence maison\"): kept as a dct:LicenseDocument"
                        + " with that label");
    }

    @Test
    void the_faults_of_real_catalogs_are_repaired_or_dropped_each_with_what_where_and_the_original() {
        PartnerNormaliser.Normalised result = normaliser.normalise(record("""
                <https://ville.example/d/1> a dcat:Dataset ; dct:identifier "1" ; dct:title "Un"@fr ;
                    dct:description "<p>Les <b>parcs</b> &amp; jardins, <a href='https://ville.example/p'>voir</a>.</p>"@fr ;
                    dct:issued ""^^xsd:date ; dct:modified "2024-02-30" ; dct:rights "Réutilisation libre" ;
                    dct:publisher <https://agents.ville.example/parcs> ;
                    dct:spatial [ dcat:bbox "<gml:Envelope/>"^^<http://www.opengis.net/ont/geosparql#gmlLiteral> ,
                        "POLYGON((2 48,3 48,3 49,2 49,2 48))"^^<http://www.opengis.net/ont/geosparql#wktLiteral> ] ;
                    dcat:distribution <https://ville.example/d/1/r/1>, <https://ville.example/d/1/r/2> .
                <https://agents.ville.example/parcs> a <http://xmlns.com/foaf/0.1/Agent> .
                <https://ville.example/d/1/r/1> dcat:accessURL <https://ville.example/f.csv> ;
                    <http://spdx.org/rdf/terms#checksum> [ <http://spdx.org/rdf/terms#checksumValue> "0a1b" ] .
                <https://ville.example/d/1/r/2> dct:title "Fichier perdu" .
                """));
        Graph graph = result.record().content();

        assertThat(graph.contains(DATASET, DCTerms.description.asNode(),
                NodeFactory.createLiteralLang("Les **parcs** & jardins, [voir](https://ville.example/p).", "fr"))).isTrue();
        assertThat(graph.contains(DATASET, DCTerms.issued.asNode(), Node.ANY)).isFalse();
        assertThat(graph.contains(DATASET, DCTerms.modified.asNode(), Node.ANY)).isFalse();
        assertThat(graph.contains(DATASET, DCAT.distribution.asNode(), uri("https://ville.example/d/1/r/2"))).isFalse();
        assertThat(graph.contains(uri("https://ville.example/d/1/r/2"), Node.ANY, Node.ANY)).isFalse();
        assertThat(graph.contains(DISTRIBUTION, uri("http://spdx.org/rdf/terms#checksum"), Node.ANY)).isFalse();
        assertThat(graph.contains(uri("https://agents.ville.example/parcs"), uri("http://xmlns.com/foaf/0.1/name"),
                NodeFactory.createLiteralString("agents.ville.example"))).isTrue();
        assertThat(graph.find(Node.ANY, DCAT.bbox.asNode(), Node.ANY).toList()).singleElement()
                .satisfies(t -> assertThat(t.getObject().getLiteralLexicalForm()).startsWith("POLYGON"));
        assertThat(result.repairs()).extracting(Salvage.Repair::note).contains(
                "repaired dct:description on <https://ville.example/d/1> (\"<p>Les <b>parcs</b> &amp; jardins, <a"
                        + " href='https://ville.example/p'>voir</a>.</p>\"): HTML turned into Markdown",
                "dropped dct:issued on <https://ville.example/d/1>: empty date",
                "dropped dct:modified on <https://ville.example/d/1> (\"2024-02-30\"): not a date",
                "repaired dct:rights on <https://ville.example/d/1> (\"Réutilisation libre\"): kept as a dct:RightsStatement"
                        + " with that label",
                "repaired foaf:name on <https://agents.ville.example/parcs>: no name nor label: named by the host of its IRI",
                "dropped dcat:bbox on the dct:spatial of <https://ville.example/d/1> (\"<gml:Envelope/>\"): one value per"
                        + " location; kept the WKT one",
                "dropped spdx:checksum on <https://ville.example/d/1/r/1>: no spdx:algorithm",
                "dropped dcat:distribution on <https://ville.example/d/1>: the distribution <https://ville.example/d/1/r/2>"
                        + " \"Fichier perdu\" has no URL");
    }

    private static DatasetRecord record(String turtle) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString("""
                @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                """ + turtle, Lang.TURTLE).parse(graph);
        return new DatasetRecord("1", DATASET, graph);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
