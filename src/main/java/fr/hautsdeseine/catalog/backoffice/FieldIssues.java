package fr.hautsdeseine.catalog.backoffice;

import org.apache.jena.vocabulary.DCTerms;
import fr.hautsdeseine.catalog.vocab.HDS;
import fr.hautsdeseine.catalog.validation.ValidationIssue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VCARD4;

/**
 * Places a record's SHACL results on the form: the focus node says which part (the dataset, its n-th
 * distribution, the contact point, the period, the notice or one of its columns), {@code sh:resultPath}
 * which field of that part. A result no field matches is shown at the top of the form, never dropped.
 */
public final class FieldIssues {
    private static final Map<String, String> DATASET = Map.ofEntries(
            Map.entry("dct:identifier", "identifier"), Map.entry("dct:title", "title-fr"),
            Map.entry("dct:description", "description-fr"), Map.entry("dct:publisher", "publisher"),
            Map.entry("dcat:theme", "themes"), Map.entry("dcat:keyword", "keywords"),
            Map.entry("dct:accrualPeriodicity", "frequency"), Map.entry("dct:language", "language"),
            Map.entry("dcatap:hvdCategory", "hvd-category"), Map.entry("dct:spatial", "places"),
            Map.entry("dct:temporal", "temporal-start"),
            Map.entry("dcat:contactPoint", "contact-name"), Map.entry("dcat:distribution", "dist-0-title"),
            Map.entry("hds:notice", "notice-description"));
    private static final Map<String, String> DISTRIBUTION = Map.of("dct:title", "title", "dcat:downloadURL", "download",
            "dcat:accessURL", "access", "dct:format", "format", "dct:license", "licence");
    private static final Map<String, String> NOTICE = Map.of("dct:description", "notice-description",
            "hds:production", "notice-production", "hds:updatePolicy", "notice-update-policy",
            "hds:caveats", "notice-caveats", "csvw:tableSchema", "columns");
    private static final Map<String, String> COLUMN = Map.of("csvw:name", "name", "csvw:title", "title",
            "csvw:datatype", "datatype", "dct:description", "description");

    private FieldIssues() {
    }

    /** Every issue, placed; {@code form} is the form as read back from {@code content}. */
    public static List<FieldIssue> place(List<ValidationIssue> issues, Graph content, DatasetForm form, String datasetIri) {
        List<FieldIssue> placed = new ArrayList<>();
        for (ValidationIssue issue : issues) {
            placed.add(new FieldIssue(field(issue, content, form, datasetIri), issue.isViolation(),
                    issue.messageFr(), issue.messageEn(), issue.path(), issue.value()));
        }
        return placed;
    }

    private static String field(ValidationIssue issue, Graph content, DatasetForm form, String datasetIri) {
        String focus = issue.focusNode();
        String path = issue.path();
        if (focus.equals(datasetIri)) {
            return DATASET.getOrDefault(path, "");
        }
        for (int i = 0; i < form.distributions().size(); i++) {
            if (focus.equals(form.distributions().get(i).iri())) {
                // A rule on a property the form has no field for is shown at the top of its distribution.
                String field = DISTRIBUTION.get(path);
                return "dist-" + i + (field == null ? "" : "-" + field);
            }
        }
        if (!focus.startsWith("_:")) {
            return "";
        }
        Node node = NodeFactory.createBlankNode(focus.substring(2));
        if (has(content, node, RDF.type.asNode(), FormGraph.COLUMN.asNode())) {
            int index = columnIndex(content, node, form);
            return index < 0 ? "columns" : "col-" + index + "-" + COLUMN.getOrDefault(path, "name");
        }
        if (has(content, node, RDF.type.asNode(), HDS.Notice.asNode())
                || has(content, node, RDF.type.asNode(), FormGraph.SCHEMA.asNode())) {
            return NOTICE.getOrDefault(path, "notice-description");
        }
        if (has(content, Node.ANY, DCAT.contactPoint.asNode(), node) || has(content, node, RDF.type.asNode(), VCARD4.Kind.asNode())) {
            return path.equals("vcard:hasEmail") ? "contact-email" : "contact-name";
        }
        if (has(content, Node.ANY, DCTerms.temporal.asNode(), node)) {
            return path.equals("dcat:endDate") ? "temporal-end" : "temporal-start";
        }
        return "";
    }

    /** A column's place in the form, by its name (the form's columns and the list are in the same order). */
    private static int columnIndex(Graph content, Node column, DatasetForm form) {
        String name = content.find(column, FormGraph.NAME.asNode(), Node.ANY).nextOptional()
                .map(Triple::getObject).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).orElse("");
        List<DatasetForm.Column> columns = form.notice().columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean has(Graph graph, Node s, Node p, Node o) {
        return graph.contains(s, p, o);
    }
}
