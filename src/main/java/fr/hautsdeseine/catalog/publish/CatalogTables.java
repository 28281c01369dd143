package fr.hautsdeseine.catalog.publish;

import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.vocab.DCATAP;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VCARD4;

/**
 * The catalog as two tables for spreadsheets: one row per dataset, one row per distribution. The
 * columns are fixed and documented (docs/publication.md); a new column is only ever added at the end.
 * Cells hold the record as served ({@link RecordView}); several values share a cell, sorted, joined
 * by {@value #SEPARATOR}; a text prefers French, then no language, then any.
 */
public final class CatalogTables {
    public static final String SEPARATOR = " | ";
    public static final List<String> DATASET_COLUMNS = List.of("id", "uri", "title", "description", "publisher",
            "publisher_name", "themes", "hvd_categories", "keywords", "license", "access_rights", "frequency",
            "temporal_start", "temporal_end", "issued", "modified", "landing_page", "contact_email", "distributions",
            "record_modified");
    public static final List<String> DISTRIBUTION_COLUMNS = List.of("dataset_id", "dataset_title", "uri", "title",
            "access_url", "download_url", "format", "media_type", "byte_size", "license", "issued", "modified");

    private final CatalogDocument document;
    private final CatalogIris iris;
    private final RecordView view;

    CatalogTables(CatalogDocument document, CatalogIris iris, RecordView view) {
        this.document = document;
        this.iris = iris;
        this.view = view;
    }

    /** One row per dataset of the given records, in their order. */
    public Table datasets(List<String> ids) {
        List<List<String>> rows = new ArrayList<>();
        document.records(ids).forEach((id, graph) -> view.datasetOf(id, graph).ifPresent(d -> rows.add(datasetRow(id, d, graph))));
        return new Table(DATASET_COLUMNS, rows);
    }

    /** One row per distribution of the given records, by record then distribution IRI or title. */
    public Table distributions(List<String> ids) {
        List<List<String>> rows = new ArrayList<>();
        document.records(ids).forEach((id, graph) -> view.datasetOf(id, graph).ifPresent(d -> {
            List<List<String>> ofDataset = new ArrayList<>();
            graph.find(d, DCAT.distribution.asNode(), Node.ANY).forEachRemaining(t ->
                    ofDataset.add(distributionRow(id, d, t.getObject(), graph)));
            ofDataset.sort((a, b) -> (a.get(2) + a.get(3) + a.get(4)).compareTo(b.get(2) + b.get(3) + b.get(4)));
            rows.addAll(ofDataset);
        }));
        return new Table(DISTRIBUTION_COLUMNS, rows);
    }

    private List<String> datasetRow(String id, Node d, Graph g) {
        Optional<Node> publisher = first(g, d, DCTerms.publisher.asNode());
        Optional<Node> temporal = first(g, d, DCTerms.temporal.asNode());
        Optional<Node> contact = first(g, d, DCAT.contactPoint.asNode());
        return List.of(id, iri(d), text(g, d, DCTerms.title.asNode()), text(g, d, DCTerms.description.asNode()),
                publisher.map(CatalogTables::iri).orElse(""),
                publisher.map(p -> text(g, p, FOAF.name.asNode())).orElse(""),
                all(g, d, DCAT.theme.asNode()), all(g, d, DCATAP.hvdCategory.asNode()), all(g, d, DCAT.keyword.asNode()),
                all(g, d, DCTerms.license.asNode()), all(g, d, DCTerms.accessRights.asNode()),
                all(g, d, DCTerms.accrualPeriodicity.asNode()),
                temporal.map(t -> all(g, t, DCAT.startDate.asNode())).orElse(""),
                temporal.map(t -> all(g, t, DCAT.endDate.asNode())).orElse(""),
                all(g, d, DCTerms.issued.asNode()), all(g, d, DCTerms.modified.asNode()), all(g, d, DCAT.landingPage.asNode()),
                contact.map(c -> all(g, c, VCARD4.hasEmail.asNode()).replace("mailto:", "")).orElse(""),
                Integer.toString(g.find(d, DCAT.distribution.asNode(), Node.ANY).toList().size()),
                all(g, iris.catalogRecord(id), DCTerms.modified.asNode()));
    }

    private static List<String> distributionRow(String id, Node d, Node distribution, Graph g) {
        return List.of(id, text(g, d, DCTerms.title.asNode()), iri(distribution), text(g, distribution, DCTerms.title.asNode()),
                all(g, distribution, DCAT.accessURL.asNode()), all(g, distribution, DCAT.downloadURL.asNode()),
                all(g, distribution, DCTerms.format.asNode()), all(g, distribution, DCAT.mediaType.asNode()),
                all(g, distribution, DCAT.byteSize.asNode()), all(g, distribution, DCTerms.license.asNode()),
                all(g, distribution, DCTerms.issued.asNode()), all(g, distribution, DCTerms.modified.asNode()));
    }

    /** The IRI of a node, or nothing for a blank node. */
    private static String iri(Node node) {
        return node.isURI() ? node.getURI() : "";
    }

    /** Every value (IRI or literal's text), sorted and joined. */
    private static String all(Graph g, Node subject, Node property) {
        TreeSet<String> values = new TreeSet<>();
        g.find(subject, property, Node.ANY).forEachRemaining(t -> {
            Node o = t.getObject();
            if (o.isURI()) {
                values.add(o.getURI());
            } else if (o.isLiteral()) {
                values.add(o.getLiteralLexicalForm());
            }
        });
        return String.join(SEPARATOR, values);
    }

    /** One text: French, else without language, else English, else the first in lexical order. */
    static String text(Graph g, Node subject, Node property) {
        List<Node> literals = g.find(subject, property, Node.ANY).mapWith(t -> t.getObject()).filterKeep(Node::isLiteral).toList();
        for (String lang : List.of("fr", "", "en")) {
            Optional<String> found = literals.stream().filter(l -> l.getLiteralLanguage().toLowerCase().startsWith(lang))
                    .filter(l -> !lang.isEmpty() || l.getLiteralLanguage().isEmpty())
                    .map(Node::getLiteralLexicalForm).sorted().findFirst();
            if (found.isPresent()) {
                return found.get();
            }
        }
        return literals.stream().map(Node::getLiteralLexicalForm).sorted().findFirst().orElse("");
    }

    private static Optional<Node> first(Graph g, Node subject, Node property) {
        var found = g.find(subject, property, Node.ANY);
        return found.hasNext() ? Optional.of(found.next().getObject()) : Optional.empty();
    }
}
