package fr.hautsdeseine.catalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.Main;
import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.publish.OutputSyntax;
import fr.hautsdeseine.catalog.publish.Parsed;
import fr.hautsdeseine.catalog.vocab.HYDRA;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCAT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CatalogExportCommandTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    @Test
    void export_writes_the_whole_catalog_in_one_file() throws IOException {
        Path data = imported();
        Path file = dir.resolve("catalog.ttl");

        assertThat(run("export", "--data-dir", data.toString(), "--format", "ttl", file.toString())).isZero();

        Graph catalog = Parsed.jena(Files.readString(file), OutputSyntax.TURTLE);
        assertThat(catalog.find(NodeFactory.createURI("http://localhost:8080/catalog"), DCAT.dataset.asNode(), Node.ANY).toList()).hasSize(2);
        assertThat(catalog.contains(Node.ANY, HYDRA.next.asNode(), Node.ANY)).isFalse();
    }

    @Test
    void export_writes_pages_that_link_to_each_other_by_absolute_url() throws IOException {
        Path data = imported();
        Path pages = dir.resolve("pages");

        int exit = run("export", "--data-dir", data.toString(), "--format", "nt", "--page-size", "1",
                "--pages-url", "https://example.org/dcat", pages.toString());

        assertThat(exit).isZero();
        assertThat(pages.resolve("page-1.nt")).exists();
        assertThat(pages.resolve("page-3.nt")).doesNotExist();
        Graph first = Parsed.jena(Files.readString(pages.resolve("page-1.nt")), OutputSyntax.N_TRIPLES);
        assertThat(first.contains(NodeFactory.createURI("https://example.org/dcat/page-1.nt"), HYDRA.next.asNode(),
                NodeFactory.createURI("https://example.org/dcat/page-2.nt"))).isTrue();
        Graph second = Parsed.jena(Files.readString(pages.resolve("page-2.nt")), OutputSyntax.N_TRIPLES);
        assertThat(second.contains(Node.ANY, HYDRA.next.asNode(), Node.ANY)).isFalse();
    }

    @Test
    void a_page_size_without_a_catalog_format_is_refused() throws IOException {
        Path data = imported();

        int exit = run("export", "--data-dir", data.toString(), "--format", "trig", "--page-size", "10", dir.resolve("x").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--page-size needs a catalog format (ttl, rdf, jsonld, nt), a directory, and a size from 1 to 1000");
    }

    private Path imported() throws IOException {
        Path data = dir.resolve("data");
        Path file = dir.resolve("catalog-of-two.ttl");
        Files.writeString(file, TestCatalog.resource("/records/catalog-of-two.ttl"));
        assertThat(run("import", "--data-dir", data.toString(), file.toString())).isZero();
        return data;
    }

    private int run(String... args) {
        CommandLine command = new CommandLine(new Main());
        command.setOut(new PrintWriter(new StringWriter(), true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }
}
