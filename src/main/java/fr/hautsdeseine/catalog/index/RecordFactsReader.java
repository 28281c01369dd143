package fr.hautsdeseine.catalog.index;

import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.vocab.DCATAP;
import fr.hautsdeseine.catalog.vocab.HDS;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;

/**
 * Reads what the index keeps of one record from its graph: the one place where record facts are extracted,
 * for search, facets and the catalog's pages and filters alike.
 */
public final class RecordFactsReader {
    /** HVD categories live in this namespace, whether given as dcatap:hvdCategory or as dcat:theme. */
    public static final String HVD_NAMESPACE = "http://data.europa.eu/bna/";
    private static final String CSVW = "http://www.w3.org/ns/csvw#";
    private static final Property TABLE_SCHEMA = ResourceFactory.createProperty(CSVW + "tableSchema");
    private static final Property COLUMN = ResourceFactory.createProperty(CSVW + "column");
    private static final Property NAME = ResourceFactory.createProperty(CSVW + "name");
    private static final Property TITLE = ResourceFactory.createProperty(CSVW + "title");

    private final CatalogIris iris;

    public RecordFactsReader(CatalogIris iris) {
        this.iris = iris;
    }

    public RecordFacts read(String id, Graph record) {
        Model model = ModelFactory.createModelForGraph(record);
        Resource catalogRecord = model.wrapAsResource(iris.catalogRecord(id));
        Optional<Resource> described = Optional.ofNullable(catalogRecord.getPropertyResourceValue(FOAF.primaryTopic));
        Resource dataset = described.orElseGet(() -> model.wrapAsResource(iris.dataset(id)));

        Map<Facet, List<String>> facets = new EnumMap<>(Facet.class);
        Set<String> themes = new LinkedHashSet<>();
        Set<String> hvd = new LinkedHashSet<>();
        for (String theme : iris(dataset, DCAT.theme)) {
            (theme.startsWith(HVD_NAMESPACE) ? hvd : themes).add(theme);
        }
        hvd.addAll(iris(dataset, DCATAP.hvdCategory));
        facets.put(Facet.THEME, List.copyOf(themes));
        facets.put(Facet.HVD, List.copyOf(hvd));
        facets.put(Facet.PUBLISHER, iris(dataset, DCTerms.publisher));
        facets.put(Facet.FREQUENCY, iris(dataset, DCTerms.accrualPeriodicity));
        List<String> keywords = lexicalForms(dataset, DCAT.keyword);
        facets.put(Facet.KEYWORD, keywords);
        Set<String> formats = new LinkedHashSet<>();
        Set<String> licences = new LinkedHashSet<>(iris(dataset, DCTerms.license));
        for (Resource distribution : resources(dataset, DCAT.distribution)) {
            formats.addAll(values(distribution, DCTerms.format));
            licences.addAll(iris(distribution, DCTerms.license));
        }
        facets.put(Facet.FORMAT, List.copyOf(formats));
        facets.put(Facet.LICENCE, List.copyOf(licences));

        String modified = latestLexical(dataset, DCTerms.modified).or(() -> latestLexical(dataset, DCTerms.issued))
                .map(RecordFactsReader::datePart).orElse("");
        Optional<RecordSummary> catalog = described.map(d -> summary(id, catalogRecord, d));
        return new RecordFacts(id, byLanguage(dataset, DCTerms.title), byLanguage(dataset, DCTerms.description),
                keywords, noticeText(dataset), facets, modified, catalog);
    }

    /** What the catalog's filters know of the record, or empty when its graph holds no catalog record. */
    public Optional<RecordSummary> summary(String id, Graph record) {
        Model model = ModelFactory.createModelForGraph(record);
        Resource catalogRecord = model.wrapAsResource(iris.catalogRecord(id));
        return Optional.ofNullable(catalogRecord.getPropertyResourceValue(FOAF.primaryTopic))
                .map(dataset -> summary(id, catalogRecord, dataset));
    }

    private static RecordSummary summary(String id, Resource catalogRecord, Resource dataset) {
        Instant modified = lexicalNodes(catalogRecord, DCTerms.modified).stream().findFirst()
                .flatMap(RecordFactsReader::instant).orElse(Instant.EPOCH);
        Set<String> themes = new LinkedHashSet<>(iris(dataset, DCAT.theme));
        themes.addAll(iris(dataset, DCATAP.hvdCategory));
        boolean hvd = !iris(dataset, DCATAP.hvdCategory).isEmpty()
                || dataset.hasProperty(DCATAP.applicableLegislation, DCATAP.HVD_REGULATION);
        return new RecordSummary(id, modified, Set.copyOf(themes), Set.copyOf(new LinkedHashSet<>(iris(dataset,
                DCTerms.publisher))), hvd);
    }

    /** The instant of an xsd:dateTime or xsd:date literal (a date or a time without zone is taken as UTC). */
    public static Optional<Instant> instant(Node literal) {
        if (!literal.isLiteral()) {
            return Optional.empty();
        }
        String lexical = literal.getLiteralLexicalForm().trim();
        try {
            if (lexical.length() <= 10) {
                return Optional.of(LocalDate.parse(lexical).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            if (lexical.endsWith("Z") || lexical.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return Optional.of(OffsetDateTime.parse(lexical).toInstant());
            }
            return Optional.of(LocalDateTime.parse(lexical).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static List<Node> lexicalNodes(Resource subject, Property property) {
        return subject.listProperties(property).mapWith(statement -> statement.getObject().asNode()).toList();
    }

    private static String noticeText(Resource dataset) {
        StringBuilder text = new StringBuilder();
        for (Resource notice : resources(dataset, HDS.notice)) {
            for (Property property : List.of(DCTerms.description, HDS.production, HDS.updatePolicy, HDS.caveats)) {
                lexicalForms(notice, property).forEach(value -> text.append(value).append('\n'));
            }
            for (Resource schema : resources(notice, TABLE_SCHEMA)) {
                for (Resource column : columns(schema)) {
                    for (Property property : List.of(NAME, TITLE, DCTerms.description)) {
                        lexicalForms(column, property).forEach(value -> text.append(value).append('\n'));
                    }
                }
            }
        }
        return text.toString();
    }

    /** The columns of a csvw:Schema: an RDF list as the notice convention says, or plain values. */
    public static List<Resource> columns(Resource schema) {
        List<Resource> columns = new ArrayList<>();
        for (RDFNode value : schema.listProperties(COLUMN).mapWith(s -> s.getObject()).toList()) {
            if (value.canAs(RDFList.class) && (value.isAnon() || value.asResource().hasProperty(
                    org.apache.jena.vocabulary.RDF.first))) {
                value.as(RDFList.class).iterator().forEachRemaining(item -> {
                    if (item.isResource()) {
                        columns.add(item.asResource());
                    }
                });
            } else if (value.isResource() && !value.equals(org.apache.jena.vocabulary.RDF.nil)) {
                columns.add(value.asResource());
            }
        }
        return columns;
    }

    public static Map<String, String> byLanguage(Resource subject, Property property) {
        Map<String, String> values = new LinkedHashMap<>();
        subject.listProperties(property).forEachRemaining(statement -> {
            if (statement.getObject().isLiteral()) {
                Literal literal = statement.getLiteral();
                values.putIfAbsent(literal.getLanguage().toLowerCase(java.util.Locale.ROOT), literal.getLexicalForm());
            }
        });
        return values;
    }

    private static List<String> iris(Resource subject, Property property) {
        List<String> iris = new ArrayList<>();
        subject.listProperties(property).forEachRemaining(statement -> {
            if (statement.getObject().isURIResource()) {
                iris.add(statement.getObject().asResource().getURI());
            }
        });
        return iris;
    }

    /** IRIs and literals alike (a format may be given as text). */
    private static List<String> values(Resource subject, Property property) {
        List<String> values = new ArrayList<>();
        subject.listProperties(property).forEachRemaining(statement -> {
            RDFNode object = statement.getObject();
            if (object.isURIResource()) {
                values.add(object.asResource().getURI());
            } else if (object.isLiteral() && !object.asLiteral().getLexicalForm().isBlank()) {
                values.add(object.asLiteral().getLexicalForm().strip());
            }
        });
        return values;
    }

    private static List<String> lexicalForms(Resource subject, Property property) {
        List<String> values = new ArrayList<>();
        subject.listProperties(property).forEachRemaining(statement -> {
            if (statement.getObject().isLiteral() && !statement.getLiteral().getLexicalForm().isBlank()) {
                values.add(statement.getLiteral().getLexicalForm().strip());
            }
        });
        return values;
    }

    private static List<Resource> resources(Resource subject, Property property) {
        return subject.listProperties(property).filterKeep(s -> s.getObject().isResource())
                .mapWith(s -> s.getObject().asResource()).toList();
    }

    private static Optional<String> latestLexical(Resource subject, Property property) {
        return lexicalForms(subject, property).stream().sorted().reduce((a, b) -> b);
    }

    private static String datePart(String lexical) {
        return lexical.length() >= 10 ? lexical.substring(0, 10) : lexical;
    }
}
