package fr.hautsdeseine.catalog.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.validation.RecordValidator;
import fr.hautsdeseine.catalog.vocab.ShippedVocabularies;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormGraphTest {
    private static final Node LOCN_GEOMETRY = NodeFactory.createURI("http://www.w3.org/ns/locn#geometry");
    private static final String BASE = "http://localhost:8080";
    private static final String DATASET = BASE + "/datasets/bornes";
    private static final String SCEAUX = "http://id.insee.fr/geo/commune/92071";
    private static final String DEPARTEMENT = "http://id.insee.fr/geo/departement/92";
    private final FormGraph forms = new FormGraph(new CatalogIris(BASE));

    private static DatasetForm form(List<DatasetForm.Distribution> distributions) {
        return new DatasetForm("bornes", "Bornes", "Charging points", "Les bornes.", "", "https://www.sceaux.fr/",
                List.of("http://publications.europa.eu/resource/authority/data-theme/TRAN"), "mobilité, recharge", "", "", "",
                List.of(SCEAUX), "2025-01-01", "", "Mobilités", "mobilites@example.org", distributions,
                new DatasetForm.Notice("Une ligne par borne.", "", "", "", List.of(
                        new DatasetForm.Column("puissance_kw", "Puissance", "decimal", "En kW."),
                        new DatasetForm.Column("commune", "Commune", "string", "Nom."))));
    }

    @Test
    void a_form_read_back_from_its_graph_is_the_same_form_with_its_distribution_iris() {
        DatasetForm written = form(List.of(new DatasetForm.Distribution("", "CSV", "https://x.example/b.csv",
                "https://x.example/", "http://publications.europa.eu/resource/authority/file-type/CSV", "")));

        Model model = forms.toModel(written, DATASET, GraphFactory.createDefaultGraph(), LocalDate.of(2026, 3, 1), Optional.empty());
        DatasetForm read = forms.fromGraph(model.getGraph(), NodeFactory.createURI(DATASET));

        assertThat(read.distributions()).extracting(DatasetForm.Distribution::iri).containsExactly(DATASET + "#distribution-1");
        assertThat(read.withDistributions(written.distributions())).isEqualTo(written);
    }

    @Test
    void what_the_form_has_no_field_for_is_kept_from_the_previous_version() {
        DatasetForm first = form(List.of(new DatasetForm.Distribution("", "CSV", "https://x.example/b.csv", "", "", "")));
        Graph previous = forms.toModel(first, DATASET, GraphFactory.createDefaultGraph(), LocalDate.of(2026, 3, 1),
                Optional.empty()).getGraph();
        Node dataset = NodeFactory.createURI(DATASET);
        Node distribution = NodeFactory.createURI(DATASET + "#distribution-1");
        Node geometry = NodeFactory.createBlankNode();
        previous.add(dataset, DCTerms.spatial.asNode(), geometry);
        previous.add(geometry, LOCN_GEOMETRY,
                NodeFactory.createLiteralString("POLYGON((2.28 48.77, 2.30 48.77, 2.30 48.79, 2.28 48.77))"));
        previous.add(distribution, DCAT.byteSize.asNode(), NodeFactory.createLiteralString("1024"));
        DatasetForm edited = forms.fromGraph(previous, dataset);
        DatasetForm renamed = new DatasetForm(edited.identifier(), "Bornes de recharge", edited.titleEn(),
                edited.descriptionFr(), edited.descriptionEn(), edited.publisher(), edited.themes(), edited.keywords(),
                edited.frequency(), edited.language(), edited.hvdCategory(), edited.places(), edited.temporalStart(),
                edited.temporalEnd(),
                edited.contactName(), edited.contactEmail(), edited.distributions(), edited.notice());

        Graph next = forms.toModel(renamed, DATASET, GraphFactory.createDefaultGraph(), LocalDate.of(2026, 3, 2),
                Optional.of(previous)).getGraph();

        assertThat(next.contains(dataset, DCTerms.spatial.asNode(), geometry)).isTrue();
        assertThat(next.contains(geometry, LOCN_GEOMETRY, Node.ANY)).isTrue();
        assertThat(next.contains(dataset, DCTerms.spatial.asNode(), NodeFactory.createURI(SCEAUX))).isTrue();
        assertThat(next.contains(distribution, DCAT.byteSize.asNode(), Node.ANY)).isTrue();
        assertThat(next.find(dataset, DCTerms.title.asNode(), Node.ANY).toList()).hasSize(2);
        assertThat(forms.fromGraph(next, dataset).titleFr()).isEqualTo("Bornes de recharge");
        assertThat(next.find(Node.ANY, DCTerms.temporal.asNode(), Node.ANY).toList()).hasSize(1);
    }

    @Test
    void places_are_the_ticked_ones_and_a_described_place_stays() {
        DatasetForm first = form(List.of(DatasetForm.Distribution.empty()));
        Graph previous = forms.toModel(first, DATASET, GraphFactory.createDefaultGraph(), LocalDate.of(2026, 3, 1),
                Optional.empty()).getGraph();
        Node dataset = NodeFactory.createURI(DATASET);
        Node geometry = NodeFactory.createBlankNode();
        previous.add(dataset, DCTerms.spatial.asNode(), geometry);
        DatasetForm edited = forms.fromGraph(previous, dataset);
        DatasetForm moved = new DatasetForm(edited.identifier(), edited.titleFr(), edited.titleEn(),
                edited.descriptionFr(), edited.descriptionEn(), edited.publisher(), edited.themes(), edited.keywords(),
                edited.frequency(), edited.language(), edited.hvdCategory(), List.of(DEPARTEMENT), edited.temporalStart(),
                edited.temporalEnd(), edited.contactName(), edited.contactEmail(), edited.distributions(), edited.notice());

        Graph next = forms.toModel(moved, DATASET, GraphFactory.createDefaultGraph(), LocalDate.of(2026, 3, 2),
                Optional.of(previous)).getGraph();

        assertThat(edited.places()).containsExactly(SCEAUX);
        assertThat(next.find(dataset, DCTerms.spatial.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList())
                .containsExactlyInAnyOrder(NodeFactory.createURI(DEPARTEMENT), geometry);
        assertThat(forms.fromGraph(next, dataset).places()).containsExactly(DEPARTEMENT);
    }

    @Test
    void the_places_offered_are_the_departement_then_its_36_communes_by_name(@TempDir Path dir) {
        List<Choice> places;
        try (CatalogStore store = CatalogStore.open(dir, new CatalogIris(BASE))) {
            places = new FormChoices(new ShippedVocabularies(), store).places();
        }

        assertThat(places).hasSize(37);
        assertThat(places.get(0)).isEqualTo(new Choice(DEPARTEMENT, "Hauts-de-Seine", "Hauts-de-Seine"));
        assertThat(places.get(1).labelFr()).isEqualTo("Antony");
        assertThat(places).extracting(Choice::iri).contains(SCEAUX, "http://id.insee.fr/geo/commune/92012")
                .allMatch(iri -> iri.matches("http://id\\.insee\\.fr/geo/(commune/92\\d{3}|departement/92)"));
        assertThat(places).extracting(Choice::labelFr).contains("Châtenay-Malabry", "Ville-d'Avray", "Sèvres");
    }

    @Test
    void the_shapes_say_which_fields_are_mandatory_and_which_recommended() {
        RecordValidator validator = RecordValidator.standard(new ShippedVocabularies());

        FieldRules rules = FieldRules.derive(validator, forms, DATASET);

        assertThat(rules.required("title-fr")).isTrue();
        assertThat(rules.required("identifier")).isTrue();
        assertThat(rules.required("dist-3-format")).isTrue();
        assertThat(rules.required("dist-0-licence")).isTrue();
        assertThat(rules.recommended("notice-production")).isTrue();
        assertThat(rules.required("col-1-description")).isTrue();
        assertThat(rules.level("title-en")).isEqualTo(FieldRules.Level.OPTIONAL);
        assertThat(rules.recommended("places")).isTrue();
    }
}
