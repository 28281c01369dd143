package fr.hautsdeseine.catalog.site;

import fr.hautsdeseine.catalog.index.Facet;
import fr.hautsdeseine.catalog.index.RecordFactsReader;
import fr.hautsdeseine.catalog.publish.OutputSyntax;
import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.vocab.DCAT3;
import fr.hautsdeseine.catalog.vocab.DCATAP;
import fr.hautsdeseine.catalog.vocab.HDS;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VCARD4;

/** Builds the dataset page's view of one stored record, in one language. */
public final class DatasetViews {
    private static final String CSVW = "http://www.w3.org/ns/csvw#";
    private static final Property TABLE_SCHEMA = ResourceFactory.createProperty(CSVW + "tableSchema");
    private static final Property COLUMN_NAME = ResourceFactory.createProperty(CSVW + "name");
    private static final Property COLUMN_TITLE = ResourceFactory.createProperty(CSVW + "title");
    private static final Property COLUMN_DATATYPE = ResourceFactory.createProperty(CSVW + "datatype");
    private static final Property LOCN_GEOMETRY = ResourceFactory.createProperty("http://www.w3.org/ns/locn#geometry");
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    private final CatalogIris iris;
    private final Labels labels;
    private final SiteLinks links;
    private final SafeMarkdown markdown = new SafeMarkdown();
    private final SchemaOrgDataset schemaOrg;

    public DatasetViews(CatalogIris iris, Labels labels) {
        this.iris = iris;
        this.labels = labels;
        this.links = new SiteLinks(iris.base());
        this.schemaOrg = new SchemaOrgDataset(labels);
    }

    public DatasetView view(String id, Graph record, Lang lang) {
        Model model = ModelFactory.createModelForGraph(record);
        Resource catalogRecord = model.wrapAsResource(iris.catalogRecord(id));
        Resource dataset = Optional.ofNullable(catalogRecord.getPropertyResourceValue(FOAF.primaryTopic))
                .orElseGet(() -> model.wrapAsResource(iris.dataset(id)));
        Text description = text(dataset, DCTerms.description, lang);
        String pageUrl = iris.base() + "/datasets/" + id;

        List<Link> rdfLinks = new ArrayList<>();
        // The record in each RDF syntax, by extension, as the record's content negotiation serves it.
        for (OutputSyntax syntax : OutputSyntax.values()) {
            rdfLinks.add(new Link(Text.plain(syntax.label()), pageUrl + "." + syntax.extension()));
        }
        List<Text> hvd = new ArrayList<>();
        List<Link> themes = new ArrayList<>();
        for (String theme : iriValues(dataset, DCAT.theme)) {
            if (theme.startsWith(RecordFactsReader.HVD_NAMESPACE)) {
                hvd.add(labels.orCode(theme, lang));
            } else {
                themes.add(new Link(labels.orCode(theme, lang), links.theme(theme)));
            }
        }
        for (String category : iriValues(dataset, DCATAP.hvdCategory)) {
            Text label = labels.orCode(category, lang);
            if (!hvd.contains(label)) {
                hvd.add(label);
            }
        }
        List<Link> keywords = dataset.listProperties(DCAT.keyword).toList().stream()
                .filter(s -> s.getObject().isLiteral())
                .map(s -> new Link(new Text(s.getString(), s.getLanguage()), links.search(Facet.KEYWORD, s.getString())))
                .toList();
        Resource temporal = dataset.getPropertyResourceValue(DCTerms.temporal);
        return new DatasetView(id, text(dataset, DCTerms.title, lang), description,
                description.isEmpty() ? "" : markdown.toHtml(description.value()),
                publisher(dataset, lang), contact(dataset),
                temporal == null ? "" : lexical(temporal, DCAT3.startDate),
                temporal == null ? "" : lexical(temporal, DCAT3.endDate),
                spatial(dataset, lang), themes, hvd, keywords,
                iriValues(dataset, DCTerms.accrualPeriodicity).stream().findFirst().map(f -> labels.orCode(f, lang)).orElse(Text.EMPTY),
                iriValues(dataset, DCTerms.language).stream().map(l -> labels.orCode(l, lang)).toList(),
                lexical(dataset, DCTerms.issued), lexical(dataset, DCTerms.modified),
                iriValues(dataset, DCTerms.license).stream().findFirst().map(l -> new Link(labels.orCode(l, lang), l)).orElse(null),
                // A landing page the served record names only because it had none is this very page.
                iriValues(dataset, DCAT.landingPage).stream().filter(l -> !l.equals(pageUrl)).findFirst()
                        .map(l -> new Link(Text.plain(l), l)).orElse(null),
                distributions(dataset, lang), notice(dataset, lang), rdfLinks, sparqlUrl(id, dataset),
                schemaOrg.jsonLd(dataset, pageUrl, id, lang));
    }

    private Link publisher(Resource dataset, Lang lang) {
        Resource publisher = dataset.getPropertyResourceValue(DCTerms.publisher);
        if (publisher == null) {
            return null;
        }
        Text name = text(publisher, FOAF.name, lang);
        String iri = publisher.isURIResource() ? publisher.getURI() : null;
        if (name.isEmpty() && iri != null) {
            name = labels.orCode(iri, lang);
        }
        return new Link(name, iri == null ? null : links.publisher(iri));
    }

    private static DatasetView.Contact contact(Resource dataset) {
        Resource contact = dataset.getPropertyResourceValue(DCAT.contactPoint);
        if (contact == null) {
            return null;
        }
        String email = iriValues(contact, VCARD4.hasEmail).stream().findFirst().orElse(lexical(contact, VCARD4.hasEmail));
        if (!email.isEmpty() && !email.startsWith("mailto:")) {
            email = "mailto:" + email;
        }
        String url = iriValues(contact, VCARD4.hasURL).stream().findFirst().orElse(null);
        return new DatasetView.Contact(lexical(contact, VCARD4.fn), email.isEmpty() ? null : email, url);
    }

    /** Named places by their label (a commune of ontology/places.ttl) or the end of their IRI; others by geometry. */
    private List<DatasetView.Place> spatial(Resource dataset, Lang lang) {
        List<DatasetView.Place> places = new ArrayList<>();
        for (Statement statement : dataset.listProperties(DCTerms.spatial).toList()) {
            RDFNode place = statement.getObject();
            if (place.isURIResource()) {
                places.add(new DatasetView.Place(labels.orCode(place.asResource().getURI(), lang), ""));
            } else if (place.isResource()) {
                String geometry = lexical(place.asResource(), DCAT3.bbox);
                geometry = geometry.isEmpty() ? lexical(place.asResource(), LOCN_GEOMETRY) : geometry;
                if (!geometry.isEmpty()) {
                    places.add(new DatasetView.Place(Text.EMPTY, geometry));
                }
            }
        }
        return places;
    }

    private List<DatasetView.DistributionView> distributions(Resource dataset, Lang lang) {
        List<DatasetView.DistributionView> views = new ArrayList<>();
        for (Statement statement : dataset.listProperties(DCAT.distribution).toList()) {
            if (!statement.getObject().isResource()) {
                continue;
            }
            Resource distribution = statement.getResource();
            Text format = iriValues(distribution, DCTerms.format).stream().findFirst().map(f -> labels.orCode(f, lang))
                    .orElse(Text.plain(lexical(distribution, DCTerms.format)));
            String mediaType = iriValues(distribution, DCAT.mediaType).stream().findFirst()
                    .map(m -> m.replace("https://www.iana.org/assignments/media-types/", "")).orElse("");
            Link licence = iriValues(distribution, DCTerms.license).stream().findFirst()
                    .map(l -> new Link(labels.orCode(l, lang), l)).orElse(null);
            views.add(new DatasetView.DistributionView(text(distribution, DCTerms.title, lang),
                    text(distribution, DCTerms.description, lang), format, mediaType,
                    ByteSizes.readable(lexical(distribution, DCAT.byteSize), lang), licence,
                    iriValues(distribution, DCAT.downloadURL).stream().findFirst().orElse(null),
                    iriValues(distribution, DCAT.accessURL).stream().findFirst().orElse(null)));
        }
        views.sort(Comparator.comparing(d -> d.title().value()));
        return views;
    }

    private static DatasetView.NoticeView notice(Resource dataset, Lang lang) {
        Resource notice = dataset.getPropertyResourceValue(HDS.notice);
        if (notice == null) {
            return null;
        }
        List<DatasetView.ColumnView> columns = new ArrayList<>();
        Resource schema = notice.getPropertyResourceValue(TABLE_SCHEMA);
        if (schema != null) {
            for (Resource column : RecordFactsReader.columns(schema)) {
                String datatype = iriValues(column, COLUMN_DATATYPE).stream().findFirst()
                        .map(d -> d.startsWith(XSD) ? d.substring(XSD.length()) : d).orElse(lexical(column, COLUMN_DATATYPE));
                columns.add(new DatasetView.ColumnView(lexical(column, COLUMN_NAME), text(column, COLUMN_TITLE, lang),
                        datatype, text(column, DCTerms.description, lang)));
            }
        }
        return new DatasetView.NoticeView(text(notice, DCTerms.description, lang), text(notice, HDS.production, lang),
                text(notice, HDS.updatePolicy, lang), text(notice, HDS.caveats, lang), columns);
    }

    /** A ready query for the record's own graph, with the IRIs set by the SPARQL library, not by concatenation. */
    private String sparqlUrl(String id, Resource dataset) {
        ParameterizedSparqlString query = new ParameterizedSparqlString("""
                SELECT ?property ?value
                WHERE { GRAPH ?graph { ?dataset ?property ?value } }
                ORDER BY ?property""");
        query.setIri("graph", iris.recordGraph(id).getURI());
        if (dataset.isURIResource()) {
            query.setIri("dataset", dataset.getURI());
        }
        return iris.base() + "/sparql?query=" + SiteLinks.encode(query.toString());
    }

    private static Text text(Resource subject, Property property, Lang lang) {
        return Text.pick(RecordFactsReader.byLanguage(subject, property), lang);
    }

    private static List<String> iriValues(Resource subject, Property property) {
        return subject.listProperties(property).toList().stream().filter(s -> s.getObject().isURIResource())
                .map(s -> s.getResource().getURI()).sorted().toList();
    }

    private static String lexical(Resource subject, Property property) {
        return subject.listProperties(property).toList().stream().filter(s -> s.getObject().isLiteral())
                .map(s -> s.getLiteral().getLexicalForm()).sorted().findFirst().orElse("");
    }
}
