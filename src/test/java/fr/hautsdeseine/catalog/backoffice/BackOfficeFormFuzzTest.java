package fr.hautsdeseine.catalog.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.hautsdeseine.catalog.store.CatalogIris;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The back office's record form and its CSV column guessing, whatever a browser (or something posing as one)
 * sends: the form's fields always make a form and a graph, for the shapes to judge; a CSV sample gives columns
 * or an {@link IllegalArgumentException} saying why it cannot. Form inputs are one {@code name=value} a line.
 */
class BackOfficeFormFuzzTest {
    private static final FormGraph FORMS = new FormGraph(new CatalogIris("http://localhost:8080"));

    @FuzzTest(maxDuration = "60s")
    void any_form_fields_make_a_form_and_a_graph(byte[] bytes) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n", 200)) {
            int equals = line.indexOf('=');
            String name = equals < 0 ? line : line.substring(0, equals);
            fields.computeIfAbsent(name, n -> new ArrayList<>()).add(equals < 0 ? "" : line.substring(equals + 1));
        }
        FormFields form = new FormFields(fields);

        DatasetForm read = form.read();
        Model model = FORMS.toModel(read, "http://localhost:8080/datasets/fuzzed", GraphFactory.createDefaultGraph(),
                LocalDate.of(2026, 1, 31), Optional.empty());

        assertThat(form.action()).isNotEmpty();
        assertThat(model.size()).isPositive();
    }

    @FuzzTest(maxDuration = "60s")
    void any_csv_sample_gives_columns_or_says_why_not(byte[] sample) {
        try {
            List<DatasetForm.Column> columns = new ColumnGuesser().columns(sample);

            assertThat(columns).allSatisfy(column -> assertThat(column.datatype()).isNotBlank());
        } catch (IllegalArgumentException expected) {
            assertThat(expected.getMessage()).startsWith("The CSV file");
        }
    }
}
