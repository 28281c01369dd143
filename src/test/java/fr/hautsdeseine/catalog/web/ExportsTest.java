package fr.hautsdeseine.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.SharedCatalog;
import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.publish.CatalogTables;
import fr.hautsdeseine.catalog.publish.Harvest;
import fr.hautsdeseine.catalog.publish.OutputSyntax;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CSV and XLSX exports, parsed back with the libraries that wrote them, against a walk of /catalog. */
class ExportsTest {
    private static final String CD92 = "http://localhost/publishers/departement-des-hauts-de-seine";

    @SharedCatalog
    static TestCatalog catalog;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** What a walk of /catalog with a filter says of each dataset, by record id, in page order. */
    private record Walked(Map<String, Graph> graphs, Map<String, Node> datasets) {
    }

    private static Walked walk(String filter) {
        Map<String, Graph> graphs = new LinkedHashMap<>();
        Map<String, Node> datasets = new LinkedHashMap<>();
        String first = "/catalog.ttl?page_size=9" + (filter.isEmpty() ? "" : "&" + filter);
        for (Harvest.Page page : Harvest.walk(catalog, first, OutputSyntax.TURTLE)) {
            for (Triple record : page.graph().find(Node.ANY, DCAT.record.asNode(), Node.ANY).toList()) {
                String iri = record.getObject().getURI();
                String id = iri.substring(iri.lastIndexOf('/') + 1);
                Node dataset = page.graph().find(record.getObject(), org.apache.jena.sparql.vocabulary.FOAF.primaryTopic.asNode(), Node.ANY)
                        .next().getObject();
                graphs.put(id, page.graph());
                datasets.put(id, dataset);
            }
        }
        return new Walked(graphs, datasets);
    }

    @ParameterizedTest(name = "filter: {0}")
    @ValueSource(strings = {"", "theme=EDUC", "hvd=true", "q=college", "publisher=" + CD92, "modified_since=2000-01-01"})
    void the_dataset_csv_and_xlsx_match_the_catalog_row_for_row(String filter) throws Exception {
        Walked walked = walk(filter.replace("http://localhost", catalog.url("")));
        String query = filter.isEmpty() ? "" : "?" + filter.replace("http://localhost", catalog.url(""));

        List<List<String>> csv = csv(get("/catalog.csv" + query));
        List<List<String>> xlsx = xlsx(get("/catalog.xlsx" + query));

        assertThat(csv.get(0)).isEqualTo(CatalogTables.DATASET_COLUMNS);
        assertThat(xlsx).isEqualTo(csv);
        List<String> ids = csv.stream().skip(1).map(row -> row.get(0)).toList();
        assertThat(ids).containsExactlyElementsOf(walked.datasets().keySet());
        for (List<String> row : csv.subList(1, csv.size())) {
            Map<String, String> cells = cells(CatalogTables.DATASET_COLUMNS, row);
            Graph g = walked.graphs().get(cells.get("id"));
            Node d = walked.datasets().get(cells.get("id"));
            assertThat(cells.get("uri")).isEqualTo(d.getURI());
            assertThat(values(g, d, DCTerms.title.asNode())).contains(cells.get("title"));
            assertThat(split(cells.get("themes"))).isEqualTo(values(g, d, DCAT.theme.asNode()));
            assertThat(split(cells.get("keywords"))).isEqualTo(values(g, d, DCAT.keyword.asNode()));
            assertThat(split(cells.get("publisher"))).isEqualTo(values(g, d, DCTerms.publisher.asNode()));
            assertThat(Integer.parseInt(cells.get("distributions"))).isEqualTo(g.find(d, DCAT.distribution.asNode(), Node.ANY).toList().size());
        }
        if (filter.isEmpty()) {
            assertThat(ids).hasSize(50);
        } else if (!filter.startsWith("modified_since")) {
            assertThat(ids).isNotEmpty().hasSizeLessThan(50);
        }
    }

    @Test
    void the_distribution_csv_and_xlsx_hold_each_distribution_of_the_catalog_once() throws Exception {
        Walked walked = walk("theme=TRAN");

        List<List<String>> csv = csv(get("/catalog/distributions.csv?theme=TRAN"));
        List<List<String>> xlsx = xlsx(get("/catalog/distributions.xlsx?theme=TRAN"));

        assertThat(csv.get(0)).isEqualTo(CatalogTables.DISTRIBUTION_COLUMNS);
        assertThat(xlsx).isEqualTo(csv);
        List<String> fromCsv = new ArrayList<>();
        for (List<String> row : csv.subList(1, csv.size())) {
            Map<String, String> cells = cells(CatalogTables.DISTRIBUTION_COLUMNS, row);
            fromCsv.add(cells.get("dataset_id") + " " + cells.get("access_url") + " " + cells.get("format"));
        }
        List<String> fromCatalog = new ArrayList<>();
        walked.datasets().forEach((id, d) -> {
            Graph g = walked.graphs().get(id);
            g.find(d, DCAT.distribution.asNode(), Node.ANY).forEachRemaining(t -> fromCatalog.add(id + " "
                    + String.join(CatalogTables.SEPARATOR, values(g, t.getObject(), DCAT.accessURL.asNode())) + " "
                    + String.join(CatalogTables.SEPARATOR, values(g, t.getObject(), DCTerms.format.asNode()))));
        });
        assertThat(fromCsv).hasSizeGreaterThan(3).containsExactlyInAnyOrderElementsOf(fromCatalog);
    }

    @Test
    void exports_answer_head_and_304_and_name_their_type() throws Exception {
        HttpResponse<byte[]> head = http.send(HttpRequest.newBuilder(URI.create(catalog.url("/catalog.xlsx")))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> csv = get("/catalog.csv");
        HttpResponse<byte[]> again = http.send(HttpRequest.newBuilder(URI.create(catalog.url("/catalog.csv")))
                .header("If-None-Match", csv.headers().firstValue("ETag").orElseThrow()).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8; header=present");
        assertThat(csv.headers().firstValue("Last-Modified")).isPresent();
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void exports_refuse_paging_and_bad_filters_with_400() throws Exception {
        HttpResponse<byte[]> paged = get("/catalog.csv?page_size=10");
        HttpResponse<byte[]> badTheme = get("/catalog/distributions.xlsx?theme=nope");

        assertThat(paged.statusCode()).isEqualTo(400);
        assertThat(new String(paged.body(), StandardCharsets.UTF_8))
                .contains("exports are not paged: they hold every record the filters keep; drop page_size");
        assertThat(badTheme.statusCode()).isEqualTo(400);
        assertThat(new String(badTheme.body(), StandardCharsets.UTF_8)).contains("theme must be an IRI or a code");
    }

    private static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(catalog.url(path))).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<List<String>> csv(HttpResponse<byte[]> response) throws IOException {
        assertThat(response.statusCode()).isEqualTo(200);
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(new String(response.body(), StandardCharsets.UTF_8)), CSVFormat.RFC4180)) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        }
        return rows;
    }

    private static List<List<String>> xlsx(HttpResponse<byte[]> response) throws IOException {
        assertThat(response.statusCode()).isEqualTo(200);
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
            List<Row> read = workbook.getFirstSheet().read();
            int width = read.get(0).getCellCount();
            for (Row row : read) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < width; i++) {
                    cells.add(row.getCellAsString(i).orElse(""));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static Map<String, String> cells(List<String> columns, List<String> row) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            cells.put(columns.get(i), row.get(i));
        }
        return cells;
    }

    private static Set<String> split(String cell) {
        return cell.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(cell.split(" \\| ")));
    }

    private static TreeSet<String> values(Graph g, Node subject, Node property) {
        TreeSet<String> values = new TreeSet<>();
        g.find(subject, property, Node.ANY).forEachRemaining(t ->
                values.add(t.getObject().isURI() ? t.getObject().getURI() : t.getObject().getLiteralLexicalForm()));
        return values;
    }
}
