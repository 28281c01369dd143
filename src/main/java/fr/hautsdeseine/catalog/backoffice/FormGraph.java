package fr.hautsdeseine.catalog.backoffice;

import java.util.Comparator;
import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.vocab.DCATAP;
import fr.hautsdeseine.catalog.vocab.HDS;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VCARD4;
import org.apache.jena.vocabulary.XSD;

/**
 * Turns a record form into DCAT-AP and back. What the form writes, and why:
 * <ul>
 * <li>a new dataset's IRI is {@code {base}/datasets/{identifier}} (a partner's own IRI is kept); distributions are {@code #distribution-N} of it,
 *     so that a SHACL result about one can be shown beside its fields;</li>
 * <li>the contact point, the temporal period, the notice and its columns are blank nodes, as the portal
 *     profile and data.gouv.fr's harvester expect;</li>
 * <li>coverage is the IRIs of places ({@code dct:spatial}); a place described in the record itself (a
 *     geometry, a harvested partner's blank node) is not on the form and is kept as it was;</li>
 * <li>the publisher's own description is copied in from the catalog, so the record is self-contained;</li>
 * <li>an empty field writes nothing: the shapes, not the form, say what is missing.</li>
 * </ul>
 */
public final class FormGraph {
    public static final String CSVW = "http://www.w3.org/ns/csvw#";
    static final Resource COLUMN = ResourceFactory.createResource(CSVW + "Column");
    static final Resource SCHEMA = ResourceFactory.createResource(CSVW + "Schema");
    static final Property TABLE_SCHEMA = ResourceFactory.createProperty(CSVW + "tableSchema");
    static final Property COLUMNS = ResourceFactory.createProperty(CSVW + "column");
    static final Property NAME = ResourceFactory.createProperty(CSVW + "name");
    static final Property TITLE = ResourceFactory.createProperty(CSVW + "title");
    static final Property DATATYPE = ResourceFactory.createProperty(CSVW + "datatype");
    private static final String FREQUENCY = "http://publications.europa.eu/resource/authority/frequency/";

    private final CatalogIris iris;

    public FormGraph(CatalogIris iris) {
        this.iris = iris;
    }

    /**
     * The form as a document of one dataset, with {@code publisher}'s description copied in and today's
     * date. Over a {@code previous} version, what the form has no field for (coverage, access rights,
     * a distribution's size or media type...) is kept; what it has a field for is the form's.
     */
    public Model toModel(DatasetForm form, String datasetIri, Graph publisher, LocalDate today, Optional<Graph> previous) {
        Model model = ModelFactory.createDefaultModel();
        previous.ifPresent(graph -> model.add(kept(graph, form, datasetIri)));
        model.add(ModelFactory.createModelForGraph(publisher));
        Resource dataset = model.createResource(datasetIri, DCAT.Dataset);
        literal(dataset, DCTerms.identifier, form.identifier(), null);
        literal(dataset, DCTerms.title, form.titleFr(), "fr");
        literal(dataset, DCTerms.title, form.titleEn(), "en");
        literal(dataset, DCTerms.description, form.descriptionFr(), "fr");
        literal(dataset, DCTerms.description, form.descriptionEn(), "en");
        iri(dataset, DCTerms.publisher, form.publisher());
        form.themes().forEach(theme -> iri(dataset, DCAT.theme, theme));
        Arrays.stream(form.keywords().split(",")).map(String::strip).filter(k -> !k.isEmpty())
                .forEach(keyword -> literal(dataset, DCAT.keyword, keyword, "fr"));
        iri(dataset, DCTerms.accrualPeriodicity, form.frequency());
        iri(dataset, DCTerms.language, form.language());
        if (!form.hvdCategory().isEmpty()) {
            iri(dataset, DCATAP.hvdCategory, form.hvdCategory());
            iri(dataset, DCATAP.applicableLegislation, DCATAP.HVD_REGULATION.getURI());
            // data.gouv.fr recognises HVD only through dcat:theme.
            iri(dataset, DCAT.theme, form.hvdCategory());
        }
        form.places().forEach(place -> iri(dataset, DCTerms.spatial, place));
        dataset.addProperty(DCTerms.modified, model.createTypedLiteral(today.toString(), XSDDatatype.XSDdate));
        if (!form.temporalStart().isEmpty() || !form.temporalEnd().isEmpty()) {
            Resource period = model.createResource(DCTerms.PeriodOfTime);
            date(period, DCAT.startDate, form.temporalStart());
            date(period, DCAT.endDate, form.temporalEnd());
            dataset.addProperty(DCTerms.temporal, period);
        }
        if (!form.contactName().isEmpty() || !form.contactEmail().isEmpty()) {
            Resource contact = model.createResource(VCARD4.Organization).addProperty(RDF.type, VCARD4.Kind);
            literal(contact, VCARD4.fn, form.contactName(), null);
            if (!form.contactEmail().isEmpty()) {
                contact.addProperty(VCARD4.hasEmail, model.createResource("mailto:" + form.contactEmail()));
            }
            dataset.addProperty(DCAT.contactPoint, contact);
        }
        for (int i = 0; i < form.distributions().size(); i++) {
            DatasetForm.Distribution d = form.distributions().get(i);
            String iri = d.iri().startsWith(dataset.getURI() + "#") ? d.iri() : freeDistributionIri(model, dataset, i + 1);
            Resource distribution = model.createResource(iri, DCAT.Distribution);
            literal(distribution, DCTerms.title, d.title(), "fr");
            iri(distribution, DCAT.downloadURL, d.downloadUrl());
            iri(distribution, DCAT.accessURL, d.accessUrl());
            iri(distribution, DCTerms.format, d.format());
            iri(distribution, DCTerms.license, d.licence());
            dataset.addProperty(DCAT.distribution, distribution);
        }
        addNotice(model, dataset, form.notice());
        return model;
    }

    private static String freeDistributionIri(Model model, Resource dataset, int from) {
        for (int n = from; ; n++) {
            String iri = dataset.getURI() + "#distribution-" + n;
            if (!model.containsResource(model.createResource(iri))) {
                return iri;
            }
        }
    }

    private static final List<Property> DATASET_FIELDS = List.of(DCTerms.identifier, DCTerms.title, DCTerms.description,
            DCTerms.publisher, DCAT.theme, DCAT.keyword, DCTerms.accrualPeriodicity, DCTerms.language, DCATAP.hvdCategory,
            DCATAP.applicableLegislation, DCTerms.modified, DCTerms.temporal, DCAT.contactPoint, DCAT.distribution, HDS.notice);
    private static final List<Property> DISTRIBUTION_FIELDS = List.of(DCTerms.title, DCAT.downloadURL, DCAT.accessURL,
            DCTerms.format, DCTerms.license);

    /** The previous version less what the form decides: its fields, the distributions it dropped, the catalog record. */
    private Model kept(Graph previous, DatasetForm form, String datasetIri) {
        Model model = ModelFactory.createDefaultModel().add(ModelFactory.createModelForGraph(previous));
        Resource dataset = model.createResource(datasetIri);
        model.removeAll(model.createResource(iris.catalogRecord(form.identifier()).getURI()), null, null);
        List<String> keptDistributions = form.distributions().stream().map(DatasetForm.Distribution::iri).toList();
        for (Resource distribution : dataset.listProperties(DCAT.distribution).mapWith(Statement::getResource).toList()) {
            boolean keep = distribution.isURIResource() && keptDistributions.contains(distribution.getURI());
            for (Statement statement : distribution.listProperties().toList()) {
                if (!keep || DISTRIBUTION_FIELDS.contains(statement.getPredicate())) {
                    removeTree(statement);
                }
            }
        }
        for (Property field : DATASET_FIELDS) {
            dataset.listProperties(field).toList().forEach(FormGraph::removeTree);
        }
        dataset.listProperties(DCTerms.spatial).filterKeep(s -> s.getObject().isURIResource()).toList()
                .forEach(Statement::remove);
        return model;
    }

    /** Removes a statement and, when its object is a blank node, everything below that node. */
    private static void removeTree(Statement statement) {
        RDFNode object = statement.getObject();
        statement.remove();
        if (object.isAnon()) {
            object.asResource().listProperties().toList().forEach(FormGraph::removeTree);
        }
    }

    private static void addNotice(Model model, Resource dataset, DatasetForm.Notice form) {
        boolean empty = (form.description() + form.production() + form.updatePolicy() + form.caveats()).isBlank()
                && form.columns().isEmpty();
        if (empty) {
            return;
        }
        Resource notice = model.createResource(HDS.Notice);
        literal(notice, DCTerms.description, form.description(), "fr");
        literal(notice, HDS.production, form.production(), "fr");
        literal(notice, HDS.updatePolicy, form.updatePolicy(), "fr");
        literal(notice, HDS.caveats, form.caveats(), "fr");
        if (!form.columns().isEmpty()) {
            List<RDFNode> columns = new ArrayList<>();
            for (DatasetForm.Column c : form.columns()) {
                Resource column = model.createResource(COLUMN);
                literal(column, NAME, c.name(), null);
                literal(column, TITLE, c.title(), "fr");
                if (!c.datatype().isEmpty()) {
                    column.addProperty(DATATYPE, model.createResource(XSD.NS + c.datatype()));
                }
                literal(column, DCTerms.description, c.description(), "fr");
                columns.add(column);
            }
            Resource schema = model.createResource(SCHEMA).addProperty(COLUMNS, model.createList(columns.iterator()));
            notice.addProperty(TABLE_SCHEMA, schema);
        }
        dataset.addProperty(HDS.notice, notice);
    }

    /** A stored record (or a draft) as a form; what the form has no field for is not shown. */
    public DatasetForm fromGraph(Graph content, Node datasetNode) {
        Model model = ModelFactory.createModelForGraph(content);
        Resource dataset = model.wrapAsResource(datasetNode);
        List<DatasetForm.Distribution> distributions = new ArrayList<>();
        dataset.listProperties(DCAT.distribution).mapWith(Statement::getResource).toList().stream()
                .sorted(Comparator.comparing(Resource::toString))
                .forEach(d -> distributions.add(new DatasetForm.Distribution(d.isURIResource() ? d.getURI() : "",
                        text(d, DCTerms.title, "fr"),
                        iri(d, DCAT.downloadURL), iri(d, DCAT.accessURL), iri(d, DCTerms.format), iri(d, DCTerms.license))));
        Optional<Resource> period = object(dataset, DCTerms.temporal);
        Optional<Resource> contact = object(dataset, DCAT.contactPoint);
        List<String> themes = dataset.listProperties(DCAT.theme).mapWith(s -> s.getObject().toString())
                .filterDrop(theme -> theme.startsWith("http://data.europa.eu/bna/")).toList();
        List<String> keywords = dataset.listProperties(DCAT.keyword).mapWith(s -> s.getString()).toList();
        List<String> places = dataset.listProperties(DCTerms.spatial).filterKeep(s -> s.getObject().isURIResource())
                .mapWith(s -> s.getResource().getURI()).toList();
        return new DatasetForm(text(dataset, DCTerms.identifier, null), text(dataset, DCTerms.title, "fr"),
                text(dataset, DCTerms.title, "en"), text(dataset, DCTerms.description, "fr"),
                text(dataset, DCTerms.description, "en"), iri(dataset, DCTerms.publisher), themes,
                String.join(", ", keywords), iri(dataset, DCTerms.accrualPeriodicity), iri(dataset, DCTerms.language),
                iri(dataset, DCATAP.hvdCategory), places,
                period.map(p -> text(p, DCAT.startDate, null)).orElse(""),
                period.map(p -> text(p, DCAT.endDate, null)).orElse(""),
                contact.map(c -> text(c, VCARD4.fn, null)).orElse(""),
                contact.map(c -> iri(c, VCARD4.hasEmail).replaceFirst("^mailto:", "")).orElse(""),
                distributions.isEmpty() ? List.of(DatasetForm.Distribution.empty()) : distributions,
                notice(dataset));
    }

    private static DatasetForm.Notice notice(Resource dataset) {
        Optional<Resource> found = object(dataset, HDS.notice);
        if (found.isEmpty()) {
            return new DatasetForm.Notice("", "", "", "", List.of());
        }
        Resource notice = found.get();
        List<DatasetForm.Column> columns = new ArrayList<>();
        object(notice, TABLE_SCHEMA).flatMap(schema -> object(schema, COLUMNS)).ifPresent(list -> {
            for (RDFNode node : list.as(RDFList.class).asJavaList()) {
                Resource column = node.asResource();
                String datatype = iri(column, DATATYPE);
                columns.add(new DatasetForm.Column(text(column, NAME, null), text(column, TITLE, "fr"),
                        datatype.startsWith(XSD.NS) ? datatype.substring(XSD.NS.length()) : datatype,
                        text(column, DCTerms.description, "fr")));
            }
        });
        return new DatasetForm.Notice(text(notice, DCTerms.description, "fr"), text(notice, HDS.production, "fr"),
                text(notice, HDS.updatePolicy, "fr"), text(notice, HDS.caveats, "fr"), columns);
    }

    private static Optional<Resource> object(Resource subject, Property property) {
        Statement statement = subject.getProperty(property);
        return statement == null || !statement.getObject().isResource() ? Optional.empty()
                : Optional.of(statement.getResource());
    }

    /** The value in that language (else an untagged one; null language: any). */
    private static String text(Resource subject, Property property, String language) {
        List<Literal> values = subject.listProperties(property).filterKeep(s -> s.getObject().isLiteral())
                .mapWith(Statement::getLiteral).toList();
        return values.stream().filter(l -> language == null || l.getLanguage().equals(language)).findFirst()
                .or(() -> values.stream().filter(l -> l.getLanguage().isEmpty()).findFirst())
                .map(Literal::getLexicalForm).orElse("");
    }

    private static String iri(Resource subject, Property property) {
        Statement statement = subject.getProperty(property);
        return statement == null || !statement.getObject().isURIResource() ? "" : statement.getResource().getURI();
    }

    private static void literal(Resource subject, Property property, String value, String language) {
        if (!value.isEmpty()) {
            subject.addProperty(property, language == null ? subject.getModel().createLiteral(value)
                    : subject.getModel().createLiteral(value, language));
        }
    }

    /** An IRI field; text that is not an absolute IRI is kept as a literal, so the shapes report it where it is. */
    private static void iri(Resource subject, Property property, String value) {
        if (value.isEmpty()) {
            return;
        }
        if (value.matches("[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+")) {
            subject.addProperty(property, subject.getModel().createResource(value));
        } else {
            subject.addProperty(property, value);
        }
    }

    /** A date field; text that is not an ISO date is kept as a plain literal, for the shapes to report. */
    private static void date(Resource subject, Property property, String value) {
        if (value.isEmpty()) {
            return;
        }
        subject.addProperty(property, value.matches("\\d{4}-\\d{2}-\\d{2}")
                ? subject.getModel().createTypedLiteral(value, XSDDatatype.XSDdate) : subject.getModel().createLiteral(value));
    }
}
