package fr.hautsdeseine.catalog.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.ingest.RdfReader;
import fr.hautsdeseine.catalog.ingest.RdfSyntax;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** GeoNetwork's RDF/XML faults are repaired before the parse, each noted; a clean page keeps its bytes. */
class RdfXmlRepairTest {
    private static final String PAGE = "https://partner.example/catalog.rdf";

    @Test
    void an_iri_with_spaces_is_trimmed_and_percent_encoded_and_text_beside_a_resource_is_dropped() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dcat="http://www.w3.org/ns/dcat#">
                  <dcat:Dataset rdf:about=" https://partner.example/d/1 https://partner.example/é ">
                    <dcat:theme rdf:resource='http://inspire.ec.europa.eu/theme/hb'>Habitats et biotopes</dcat:theme>
                  </dcat:Dataset>
                </rdf:RDF>
                """;

        RdfXmlRepair.Repaired repaired = RdfXmlRepair.repair(xml.getBytes(StandardCharsets.UTF_8), PAGE);

        Graph graph = new RdfReader().read(repaired.body(), RdfSyntax.RDF_XML, PAGE);
        assertThat(graph.contains(NodeFactory.createURI("https://partner.example/d/1%20https://partner.example/é"),
                NodeFactory.createURI("http://www.w3.org/ns/dcat#theme"),
                NodeFactory.createURI("http://inspire.ec.europa.eu/theme/hb"))).isTrue();
        assertThat(repaired.repairs()).extracting(Salvage.Repair::note).containsExactly(
                "repaired IRI on page <" + PAGE + "> (\" https://partner.example/d/1 https://partner.example/é \"):"
                        + " characters no IRI may hold percent-encoded",
                "dropped dcat:theme on page <" + PAGE + "> (\"Habitats et biotopes\"): text beside its rdf:resource,"
                        + " which RDF/XML does not allow: the IRI is kept");
    }

    @Test
    void a_page_with_nothing_to_repair_keeps_its_bytes() {
        byte[] xml = """
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dct="http://purl.org/dc/terms/">
                  <rdf:Description rdf:about="https://partner.example/d/1"><dct:title>Titre</dct:title></rdf:Description>
                </rdf:RDF>
                """.getBytes(StandardCharsets.UTF_8);

        RdfXmlRepair.Repaired repaired = RdfXmlRepair.repair(xml, PAGE);

        assertThat(repaired.body()).isSameAs(xml);
        assertThat(repaired.repairs()).isEmpty();
    }
}
