package fr.hautsdeseine.catalog.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordIdsTest {

    @Test
    void url_safe_identifier_is_its_own_id() {
        assertThat(RecordIds.fromIdentifier("fr-229200506-plans-de-carrieres")).isEqualTo("fr-229200506-plans-de-carrieres");
        assertThat(RecordIds.fromIdentifier("  colleges_2024 ")).isEqualTo("colleges_2024");
    }

    @Test
    void other_identifiers_become_a_slug_with_a_hash() {
        String id = RecordIds.fromIdentifier("https://ckan.example.org/dataset/Écoles élémentaires");

        assertThat(id).matches("https-ckan-example-org-dataset-ecoles-elementaires-[0-9a-f]{8}");
        assertThat(RecordIds.isValidId(id)).isTrue();
    }

    @Test
    void ids_are_stable_and_distinct_for_identifiers_with_the_same_slug() {
        String first = RecordIds.fromIdentifier("Collèges 92");
        String second = RecordIds.fromIdentifier("collèges-92!");

        assertThat(RecordIds.fromIdentifier("Collèges 92")).isEqualTo(first);
        assertThat(first).startsWith("colleges-92-").isNotEqualTo(second);
    }

    @Test
    void dots_are_not_kept_so_an_id_never_looks_like_a_syntax_extension() {
        assertThat(RecordIds.fromIdentifier("budget.ttl")).matches("budget-ttl-[0-9a-f]{8}");
    }

    @Test
    void very_long_identifiers_give_short_ids() {
        assertThat(RecordIds.fromIdentifier("x ".repeat(500)).length()).isLessThanOrEqualTo(89);
    }
}
