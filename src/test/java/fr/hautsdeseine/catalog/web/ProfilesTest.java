package fr.hautsdeseine.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.SharedCatalog;
import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.publish.Harvest;
import fr.hautsdeseine.catalog.publish.OutputSyntax;
import fr.hautsdeseine.catalog.publish.Parsed;
import fr.hautsdeseine.catalog.publish.PublicationProfile;
import fr.hautsdeseine.catalog.validation.OfficialShapes;
import fr.hautsdeseine.catalog.vocab.DCATAP;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The catalog and its records in each profile, judged by that profile's official shapes, over real HTTP. */
class ProfilesTest {
    @SharedCatalog
    static TestCatalog catalog;

    static OfficialShapes shapesOf(PublicationProfile profile) {
        return switch (profile) {
            case DCAT_AP_3 -> OfficialShapes.load();
            case DCAT_AP_2 -> OfficialShapes.dcatAp2();
            case HVD -> OfficialShapes.hvd();
        };
    }

    @ParameterizedTest
    @EnumSource(PublicationProfile.class)
    void every_catalog_page_of_the_profile_has_no_official_violation(PublicationProfile profile) {
        OfficialShapes shapes = shapesOf(profile);

        List<Harvest.Page> pages = Harvest.walk(catalog, "/catalog.ttl?page_size=12&profile=" + profile.token(), OutputSyntax.TURTLE);

        List<String> seen = new ArrayList<>();
        for (Harvest.Page page : pages) {
            if (profile != PublicationProfile.DCAT_AP_3) {
                assertThat(page.url()).contains("profile=" + profile.token());
            }
            assertThat(shapes.violationMessages(page.graph())).as("%s %s", profile, page.url()).isEmpty();
            seen.addAll(page.recordIds());
        }
        List<String> expected = profile == PublicationProfile.HVD ? hvdIds() : catalog.server().store().recordIds();
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        assertThat(seen).hasSizeGreaterThanOrEqualTo(5);
    }

    @ParameterizedTest
    @EnumSource(PublicationProfile.class)
    void every_record_of_the_profile_has_no_official_violation(PublicationProfile profile) {
        List<String> ids = profile == PublicationProfile.HVD ? hvdIds() : catalog.server().store().recordIds();
        Graph all = GraphFactory.createDefaultGraph();

        for (String id : ids) {
            HttpResponse<String> response = catalog.get("/datasets/" + id + ".ttl?profile=" + profile.token());
            assertThat(response.statusCode()).as(id).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Profile")).hasValue("<" + profile.uri() + ">");
            Parsed.jena(response.body(), OutputSyntax.TURTLE).find().forEachRemaining(all::add);
        }

        assertThat(all.find(Node.ANY, DCAT.dataset.asNode(), Node.ANY).toList()).isEmpty();
        assertThat(shapesOf(profile).violationMessages(all)).as(profile.name()).isEmpty();
    }

    @Test
    void dcat_ap_2_states_byte_sizes_as_decimals_and_dcat_ap_3_as_non_negative_integers() {
        Graph two = Parsed.jena(catalog.get("/datasets/communes.ttl?profile=dcat-ap-2").body(), OutputSyntax.TURTLE);
        Graph three = Parsed.jena(catalog.get("/datasets/communes.ttl").body(), OutputSyntax.TURTLE);

        assertThat(two.find(Node.ANY, DCAT.byteSize.asNode(), Node.ANY).toList()).isNotEmpty()
                .allSatisfy(t -> assertThat(t.getObject().getLiteralDatatype()).isEqualTo(XSDDatatype.XSDdecimal));
        assertThat(three.find(Node.ANY, DCAT.byteSize.asNode(), Node.ANY).toList()).isNotEmpty()
                .allSatisfy(t -> assertThat(t.getObject().getLiteralDatatypeURI()).isEqualTo(XSDDatatype.XSDnonNegativeInteger.getURI()));
    }

    @Test
    void accept_profile_chooses_the_profile_and_the_answer_names_it() {
        HttpResponse<String> response = catalog.get("/catalog", "Accept-Profile",
                "<urn:example:unknown>;q=1.0, <" + PublicationProfile.DCAT_AP_2.uri() + ">;q=0.8, <"
                        + PublicationProfile.HVD.uri() + ">;q=0.5");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Profile")).hasValue("<" + PublicationProfile.DCAT_AP_2.uri() + ">");
        assertThat(response.headers().firstValue("Link")).hasValueSatisfying(link -> assertThat(link)
                .startsWith("<" + PublicationProfile.DCAT_AP_2.uri() + ">; rel=\"profile\"")
                .contains("<" + catalog.url("/catalog.ttl?profile=hvd") + ">; rel=\"alternate\"; profile=\""
                        + PublicationProfile.HVD.uri() + "\""));
        assertThat(response.headers().firstValue("Vary")).hasValue("Accept, Accept-Profile");
        assertThat(Parsed.jena(response.body(), OutputSyntax.TURTLE).find(Node.ANY, DCAT.byteSize.asNode(), Node.ANY).toList())
                .allSatisfy(t -> assertThat(t.getObject().getLiteralDatatype()).isEqualTo(XSDDatatype.XSDdecimal));
    }

    @Test
    void the_query_parameter_wins_over_the_header_and_no_profile_is_dcat_ap_3() {
        HttpResponse<String> both = catalog.get("/datasets/communes?profile=hvd", "Accept", "text/turtle",
                "Accept-Profile", "<" + PublicationProfile.DCAT_AP_2.uri() + ">");
        HttpResponse<String> neither = catalog.get("/datasets/communes", "Accept", "text/turtle");

        assertThat(both.headers().firstValue("Content-Profile")).hasValue("<" + PublicationProfile.HVD.uri() + ">");
        assertThat(neither.headers().firstValue("Content-Profile")).hasValue("<" + PublicationProfile.DCAT_AP_3.uri() + ">");
        assertThat(both.headers().firstValue("ETag")).isNotEqualTo(neither.headers().firstValue("ETag"));
    }

    @Test
    void an_unknown_profile_is_406_with_the_list_of_profiles() {
        HttpResponse<String> byParameter = catalog.get("/catalog.ttl?profile=dcat-ap-9");
        HttpResponse<String> byHeader = catalog.get("/datasets/communes.ttl", "Accept-Profile", "<https://example.org/p>");

        assertThat(byParameter.statusCode()).isEqualTo(406);
        assertThat(byParameter.body()).contains("No profile offered here matches 'dcat-ap-9'; offered: dcat-ap-3 <"
                + PublicationProfile.DCAT_AP_3.uri() + ">, dcat-ap-2 <" + PublicationProfile.DCAT_AP_2.uri() + ">, hvd <"
                + PublicationProfile.HVD.uri() + ">");
        assertThat(byHeader.statusCode()).isEqualTo(406);
        assertThat(byHeader.body()).contains("No profile offered here matches Accept-Profile '<https://example.org/p>'");
    }

    @Test
    void a_dataset_that_is_not_high_value_has_no_hvd_representation() {
        String id = catalog.server().store().recordIds().stream().filter(i -> !hvdIds().contains(i)).findFirst().orElseThrow();

        HttpResponse<String> response = catalog.get("/datasets/" + id + ".ttl?profile=hvd");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Dataset '" + id + "' is not a high-value dataset, so it has no DCAT-AP HVD 3.0.0 representation");
    }

    @Test
    void the_hvd_profile_makes_the_sparql_service_an_hvd_api_naming_the_categories_it_serves() {
        Graph page = Parsed.jena(catalog.get("/catalog.ttl?profile=hvd").body(), OutputSyntax.TURTLE);
        Node service = org.apache.jena.graph.NodeFactory.createURI(catalog.url("/sparql"));

        assertThat(page.contains(service, DCATAP.applicableLegislation.asNode(), DCATAP.HVD_REGULATION.asNode())).isTrue();
        assertThat(page.find(service, DCATAP.hvdCategory.asNode(), Node.ANY).toList()).isNotEmpty();
        assertThat(page.find(service, DCATAP.hvdCategory.asNode(), Node.ANY).mapWith(t -> t.getObject()).toSet())
                .isEqualTo(page.find(Node.ANY, DCATAP.hvdCategory.asNode(), Node.ANY)
                        .filterDrop(t -> t.getSubject().equals(service)).mapWith(t -> t.getObject()).toSet());
    }

    @Test
    void the_dataset_page_lists_every_alternate_representation_in_its_head() {
        String html = catalog.get("/datasets/communes", "Accept", "text/html").body();
        String head = html.substring(0, html.indexOf("</head>"));

        for (OutputSyntax syntax : OutputSyntax.values()) {
            assertThat(head).contains("<link rel=\"alternate\" type=\"" + syntax.mediaType() + "\" href=\""
                    + catalog.url("/datasets/communes." + syntax.extension()) + "\"");
        }
        assertThat(head).contains("<link rel=\"alternate\" type=\"text/turtle\" href=\""
                + catalog.url("/datasets/communes.ttl?profile=dcat-ap-2") + "\"");
    }

    private static List<String> hvdIds() {
        return catalog.server().store().recordIds().stream()
                .filter(id -> catalog.server().store().record(id).orElseThrow()
                        .find(Node.ANY, DCATAP.applicableLegislation.asNode(), DCATAP.HVD_REGULATION.asNode()).hasNext())
                .toList();
    }
}
