package fr.hautsdeseine.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;

class ChangePatchTest {
    private static final Node GRAPH = NodeFactory.createURI("http://localhost:8080/graphs/datasets/colleges");

    private static String recordSizedPatch() {
        List<Quad> added = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            added.add(Quad.create(GRAPH, NodeFactory.createURI("http://localhost:8080/datasets/colleges/distributions/" + i),
                    DCTerms.title.asNode(), NodeFactory.createLiteralLang("Distribution n° " + i, "fr")));
        }
        return ChangePatch.of(List.of(), added);
    }

    @Test
    void a_stored_patch_reads_back_as_its_text_in_a_fraction_of_its_size() {
        String patch = recordSizedPatch();

        Node stored = ChangePatch.stored(patch);

        assertThat(stored.getLiteralDatatypeURI()).isEqualTo(XSDDatatype.XSDbase64Binary.getURI());
        assertThat(ChangePatch.text(stored)).isEqualTo(patch);
        assertThat(stored.getLiteralLexicalForm().length()).isLessThan(patch.length() / 4);
    }

    @Test
    void a_change_stored_straight_from_its_quads_reads_back_as_its_text() {
        List<Quad> deleted = List.of(Quad.create(GRAPH, NodeFactory.createURI("http://localhost:8080/datasets/colleges"),
                DCTerms.title.asNode(), NodeFactory.createLiteralLang("Collèges", "fr")));
        List<Quad> added = List.of(Quad.create(GRAPH, NodeFactory.createURI("http://localhost:8080/datasets/colleges"),
                DCTerms.title.asNode(), NodeFactory.createLiteralLang("Collèges publics", "fr")));

        assertThat(ChangePatch.text(ChangePatch.stored(deleted, added))).isEqualTo(ChangePatch.of(deleted, added));
    }

    @Test
    void a_patch_stored_as_plain_text_by_an_older_log_is_read_as_it_is() {
        String patch = recordSizedPatch();

        assertThat(ChangePatch.text(NodeFactory.createLiteralString(patch))).isEqualTo(patch);
    }

    @Test
    void a_stored_patch_that_is_not_gzip_is_refused_by_name() {
        Node broken = NodeFactory.createLiteralDT("bm90IGd6aXA=", XSDDatatype.XSDbase64Binary);

        assertThatThrownBy(() -> ChangePatch.text(broken)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not valid gzip");
    }
}
