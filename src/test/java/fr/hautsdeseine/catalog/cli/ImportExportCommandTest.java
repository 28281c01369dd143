package fr.hautsdeseine.catalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.CatalogServer;
import fr.hautsdeseine.catalog.Main;
import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.index.CatalogIndex;
import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.ChangeFollower;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImportExportCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void import_stores_every_record_of_every_file() throws IOException {
        Path data = dir.resolve("data");

        int exit = run("import", "--data-dir", data.toString(), fixture("catalog-of-two.ttl"), fixture("remote-context.jsonld"));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("remote-context.jsonld: not well-formed:").contains("is not fetched");
        assertThat(run("import", "--data-dir", data.toString(), fixture("catalog-of-two.ttl"))).isZero();
        assertThat(out.toString()).contains("created: 2").contains("unchanged: 0").contains("2 records imported from 1 files");
        assertThat(recordIds(data)).containsExactly("colleges", "parcs");
        assertThat(new fr.hautsdeseine.catalog.audit.AuditLog(data.resolve("audit.jsonl"), java.time.Clock.systemUTC())
                .query(java.util.Optional.of("colleges"), java.util.Optional.empty(), 10))
                .singleElement().satisfies(e -> assertThat(e.who()).startsWith("cli:"))
                .satisfies(e -> assertThat(e.action()).isEqualTo("created"));
    }

    @Test
    void import_brings_the_server_index_up_to_its_last_change_log_entry_so_the_next_start_rebuilds_nothing()
            throws IOException {
        Path data = dir.resolve("data");

        assertThat(run("import", "--data-dir", data.toString(), fixture("catalog-of-two.ttl"))).isZero();
        assertThat(run("import", "--data-dir", data.toString(), fixture("one-dataset.ttl"))).isZero();

        long last;
        try (CatalogStore store = CatalogStore.open(data, new CatalogIris("http://localhost:8080"))) {
            last = store.changes().lastSequence();
        }
        assertThat(last).isEqualTo(2);
        try (TestCatalog catalog = TestCatalog.start(TestCatalog.config(data).withBaseUrl("http://localhost:8080"))) {
            CatalogIndex index = catalog.server().index();
            assertThat(index.startCatchUp()).isEqualTo(new ChangeFollower.CatchUp(0, false));
            assertThat(index.appliedSequence()).hasValue(last);
            assertThat(index.idsMatching("parcs")).containsExactly("parcs");
            assertThat(catalog.get("/datasets/parcs.ttl").statusCode()).isEqualTo(200);
            assertThat(catalog.get("/catalog.ttl?q=parcs").body()).contains("/datasets/parcs>");
        }
    }

    @Test
    void two_files_describing_the_same_record_are_refused() throws IOException {
        Path data = dir.resolve("data");

        int exit = run("import", "--data-dir", data.toString(), fixture("catalog-of-two.ttl"), fixture("one-dataset.ttl"));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("one-dataset.ttl: record 'colleges' is already described by ").contains("Nothing imported.");
        assertThat(recordIds(data)).isEmpty();
    }

    @Test
    void a_malformed_file_fails_the_whole_import_with_its_position() throws IOException {
        Path data = dir.resolve("data");

        int exit = run("import", "--data-dir", data.toString(), fixture("one-dataset.ttl"), fixture("malformed-at-line-5.ttl"));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("malformed-at-line-5.ttl: not well-formed: line 5, column ").contains("Nothing imported.");
        assertThat(recordIds(data)).isEmpty();
    }

    @Test
    void a_file_of_unknown_syntax_is_refused() throws IOException {
        Path data = dir.resolve("data");
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");

        assertThat(run("import", "--data-dir", data.toString(), text.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("notes.txt: unknown RDF syntax");
    }

    @Test
    void export_writes_every_graph_as_trig() throws IOException {
        Path data = dir.resolve("data");
        run("import", "--data-dir", data.toString(), fixture("catalog-of-two.ttl"));
        Path file = dir.resolve("backup.trig");

        assertThat(run("export", "--data-dir", data.toString(), file.toString())).isZero();

        var dataset = org.apache.jena.riot.RDFDataMgr.loadDatasetGraph(file.toString());
        assertThat(dataset.containsGraph(new CatalogIris("http://localhost:8080").recordGraph("colleges"))).isTrue();
    }

    @Test
    void an_invalid_record_fails_the_import_with_its_report() throws IOException {
        Path data = dir.resolve("data");

        int exit = run("import", "--data-dir", data.toString(), fixture("two-datasets.ttl"));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString())
                .contains("routes-departementales: does not conform")
                .contains("Violation hds:notice on http://localhost:8080/datasets/routes-departementales")
                .contains("nothing was stored");
        assertThat(recordIds(data)).isEmpty();
    }

    @Test
    void a_large_import_with_one_invalid_record_leaves_the_store_as_it_was() throws IOException {
        Path data = dir.resolve("data");
        Path first = dir.resolve("first.ttl");
        Path second = dir.resolve("second.ttl");
        assertThat(run("generate", "--datasets", "300", "--seed", "1", "--out", first.toString())).isZero();
        assertThat(run("generate", "--datasets", "300", "--seed", "2", "--out", second.toString())).isZero();
        assertThat(run("import", "--data-dir", data.toString(), first.toString())).isZero();
        List<String> ids = recordIds(data);
        long quads = quads(data);
        Files.writeString(second, TestCatalog.resource("/records/two-datasets.ttl"), StandardOpenOption.APPEND);

        assertThat(run("import", "--data-dir", data.toString(), second.toString())).isEqualTo(1);

        assertThat(err.toString()).contains("routes-departementales: does not conform").contains("nothing was stored");
        assertThat(recordIds(data)).hasSize(300).isEqualTo(ids);
        assertThat(quads(data)).isEqualTo(quads);
    }

    @Test
    void validate_reports_each_record_and_says_by_its_exit_code_whether_all_conform() throws IOException {
        assertThat(run("validate", fixture("one-dataset.ttl"))).isZero();
        assertThat(out.toString()).contains("one-dataset.ttl: colleges: conforms (0 violations, 4 warnings)");

        assertThat(run("validate", fixture("two-datasets.ttl"))).isEqualTo(1);
        assertThat(out.toString()).contains("colleges: does not conform");

        assertThat(run("validate", fixture("malformed-at-line-5.ttl"))).isEqualTo(2);
        assertThat(err.toString()).contains("malformed-at-line-5.ttl: not well-formed: line 5");
    }

    private int run(String... args) {
        CommandLine command = new CommandLine(new Main());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    private List<String> recordIds(Path data) {
        try (CatalogStore store = CatalogStore.open(data, new CatalogIris("http://localhost:8080"))) {
            return store.recordIds();
        }
    }

    private long quads(Path data) {
        try (CatalogStore store = CatalogStore.open(data, new CatalogIris("http://localhost:8080"))) {
            return store.read(dsg -> org.apache.jena.atlas.iterator.Iter.count(dsg.find()));
        }
    }

    private String fixture(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, TestCatalog.resource("/records/" + name));
        return file.toString();
    }
}
