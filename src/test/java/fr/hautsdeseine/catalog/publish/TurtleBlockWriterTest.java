package fr.hautsdeseine.catalog.publish;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.generate.CatalogGenerator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.apache.jena.datatypes.BaseDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link TurtleBlockWriter} writes parses back, with Jena's parser, into the very graph it was given. */
class TurtleBlockWriterTest {
    private static final String DCAT_NS = "http://www.w3.org/ns/dcat#";

    @TempDir
    Path dir;

    @Test
    void a_generated_catalog_reads_back_the_same_with_its_prefixes_and_a_block_a_subject() throws Exception {
        Path file = dir.resolve("catalog.ttl");
        new CatalogGenerator(7, "http://localhost:8080").write(40, file);
        Graph catalog = withPrefixes(RDFParser.source(file).lang(Lang.TURTLE).toGraph());

        String written = written(catalog);

        assertThat(parsed(written).isIsomorphicWith(catalog)).isTrue();
        assertThat(written).startsWith("PREFIX ").contains("PREFIX dcat: <" + DCAT_NS + ">", " a dcat:Dataset",
                "dct:title \"");
        long subjects = catalog.find().mapWith(Triple::getSubject).toSet().size();
        assertThat(written.lines().filter(line -> !line.isEmpty() && !line.startsWith(" ") && !line.startsWith("PREFIX ")))
                .as("one block a subject").hasSize((int) subjects);
    }

    @Test
    void literals_and_iris_that_need_escapes_or_no_abbreviation_read_back_the_same() {
        Graph graph = withPrefixes(GraphFactory.createDefaultGraph());
        Node subject = NodeFactory.createURI("http://example.org/datasets/a b<c>\"d{e}|f^g`h\\i");
        Node blank = NodeFactory.createBlankNode();
        String[] values = {"quote \" and backslash \\ and \\\" both", "lines\nand\r\nreturns\tand tabs",
                "controls \u0000 \u0001 \u001F \u007F", "accents éèà, œ, ß, 中文, emoji 😀", "", "ends with a backslash \\",
                "'single' and \"\"\"triple\"\"\" quotes"};
        for (String value : values) {
            graph.add(subject, DCTerms.description.asNode(), NodeFactory.createLiteralString(value));
            graph.add(blank, DCTerms.title.asNode(), NodeFactory.createLiteralLang(value, "fr-FR"));
        }
        graph.add(subject, DCTerms.title.asNode(), NodeFactory.createLiteralDirLang("titre", "ar", TextDirection.RTL));
        graph.add(subject, DCTerms.issued.asNode(), NodeFactory.createLiteralDT("2024-01-31", XSDDatatype.XSDdate));
        graph.add(subject, DCTerms.extent.asNode(), NodeFactory.createLiteralDT("x",
                new BaseDatatype("http://example.org/types/odd type#1")));
        graph.add(subject, DCAT.theme.asNode(), blank);
        graph.add(blank, RDF.type.asNode(), NodeFactory.createBlankNode());
        // Namespaces of the prefixes followed by what a plain prefixed name cannot hold: written whole.
        for (String local : new String[] {"ends.", "-starts", "has:colon", "has%41", "has space", "", "é", "a/b", "x#y",
                "0digit", "under_score", "dot.inside", "dash-inside"}) {
            graph.add(subject, DCTerms.references.asNode(), NodeFactory.createURI(DCAT_NS + local));
            graph.add(NodeFactory.createURI(DCAT_NS + local), RDF.type.asNode(), DCAT.Resource.asNode());
        }
        graph.add(NodeFactory.createURI("urn:isbn:978-2-07-036002-4"), RDF.type.asNode(), DCAT.Resource.asNode());

        String written = written(graph);

        // Jena's checks refuse a space or a brace in an IRI even escaped; the escapes themselves read back exactly.
        assertThat(parsedUnchecked(written).isIsomorphicWith(graph)).as(written).isTrue();
        assertThat(written).contains("<http://example.org/datasets/a\\u0020b\\u003Cc\\u003E\\u0022d\\u007Be\\u007D"
                + "\\u007Cf\\u005Eg\\u0060h\\u005Ci>", "dcat:0digit", "dcat:under_score", "dcat:dot.inside", "dcat:dash-inside",
                "<" + DCAT_NS + "ends.>", "<" + DCAT_NS + "has:colon>", "\"titre\"@ar--rtl");
    }

    @Test
    void random_text_and_iris_read_back_the_same() {
        Random random = new Random(20261201);
        for (int round = 0; round < 50; round++) {
            Graph graph = withPrefixes(GraphFactory.createDefaultGraph());
            for (int i = 0; i < 40; i++) {
                Node subject = NodeFactory.createURI(DCAT_NS + randomText(random, 12, true));
                graph.add(subject, DCTerms.title.asNode(), NodeFactory.createLiteralLang(randomText(random, 30, false), "fr"));
                graph.add(subject, DCTerms.description.asNode(), NodeFactory.createLiteralString(randomText(random, 60, false)));
                graph.add(subject, DCTerms.relation.asNode(), NodeFactory.createURI("http://example.org/" + randomText(random, 10, true)));
            }
            String written = written(graph);
            assertThat(parsedUnchecked(written).isIsomorphicWith(graph)).as(written).isTrue();
        }
    }

    /** Random characters, from ASCII controls to astral planes (no controls in IRIs). */
    private static String randomText(Random random, int maxLength, boolean iri) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        while (text.length() < length) {
            int codePoint = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(0x80);
                case 1 -> 0x80 + random.nextInt(0x800 - 0x80);
                case 2 -> 0x800 + random.nextInt(0xD800 - 0x800);
                default -> 0x10000 + random.nextInt(0x10000);
            };
            if (iri && codePoint < 0x20) {
                continue;   // no IRI holds a control character, escaped or not
            }
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    private static Graph withPrefixes(Graph graph) {
        graph.getPrefixMapping().setNsPrefixes(Prefixes.COMMON);
        return graph;
    }

    private static String written(Graph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TurtleBlockWriter.write(graph, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Graph parsed(String turtle) {
        return RDFParser.fromString(turtle, Lang.TURTLE).toGraph();
    }

    /** Without Jena's IRI checks, which refuse IRIs (a space, a lone %) that are not the writer's to mend. */
    private static Graph parsedUnchecked(String turtle) {
        return RDFParser.fromString(turtle, Lang.TURTLE).checking(false).toGraph();
    }
}
