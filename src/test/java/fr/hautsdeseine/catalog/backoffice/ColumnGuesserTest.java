package fr.hautsdeseine.catalog.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnGuesserTest {
    private final ColumnGuesser guesser = new ColumnGuesser();

    private List<DatasetForm.Column> columns(String csv) {
        return guesser.columns(csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void quoted_separators_stay_inside_their_column() {
        List<DatasetForm.Column> columns = columns("nom,adresse\n\"Collège A\",\"3, rue de la Paix\"\n");

        assertThat(columns).extracting(DatasetForm.Column::name).containsExactly("nom", "adresse");
    }

    @Test
    void a_semicolon_file_with_a_byte_order_mark_is_read_as_french_exports_are() {
        List<DatasetForm.Column> columns = columns("\uFEFFcode_insee;population;date_maj\n92002;62000;2024-01-01\n92004;71000;2024-01-01\n");

        assertThat(columns).extracting(DatasetForm.Column::name).containsExactly("code_insee", "population", "date_maj");
        assertThat(columns).extracting(DatasetForm.Column::datatype).containsExactly("integer", "integer", "date");
    }

    @Test
    void each_column_gets_the_narrowest_type_all_its_values_fit() {
        assertThat(ColumnGuesser.type(List.of("1", "2", ""))).isEqualTo("integer");
        assertThat(ColumnGuesser.type(List.of("1", "2,5"))).isEqualTo("decimal");
        assertThat(ColumnGuesser.type(List.of("2024-01-01T10:00:00Z"))).isEqualTo("dateTime");
        assertThat(ColumnGuesser.type(List.of("oui", "non"))).isEqualTo("boolean");
        assertThat(ColumnGuesser.type(List.of("92002", "Corse"))).isEqualTo("string");
        assertThat(ColumnGuesser.type(List.of("", " "))).isEqualTo("string");
    }

    @Test
    void a_file_without_a_header_is_refused() {
        assertThatThrownBy(() -> columns("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The CSV file has no header row");
    }
}
