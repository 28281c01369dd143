package fr.hautsdeseine.catalog.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdeseine.catalog.index.RecordFactsReader;
import fr.hautsdeseine.catalog.vocab.DCAT3;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;

/**
 * The schema.org {@code Dataset} description that dataset search engines read, as JSON-LD safe to
 * embed in a {@code <script>} element: every {@code <} is written as {@code \u003c}, so no value can close it.
 */
final class SchemaOrgDataset {
    private static final Property LOCN_GEOMETRY = ResourceFactory.createProperty("http://www.w3.org/ns/locn#geometry");
    private final ObjectMapper json = new ObjectMapper();
    private final Labels labels;

    SchemaOrgDataset(Labels labels) {
        this.labels = labels;
    }

    String jsonLd(Resource dataset, String pageUrl, String id, Lang lang) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", "https://schema.org/");
        doc.put("@type", "Dataset");
        doc.put("@id", pageUrl);
        doc.put("url", pageUrl);
        doc.put("identifier", first(dataset, DCTerms.identifier).orElse(id));
        doc.put("name", Text.pick(RecordFactsReader.byLanguage(dataset, DCTerms.title), lang).value());
        doc.put("description", Text.pick(RecordFactsReader.byLanguage(dataset, DCTerms.description), lang).value());
        doc.put("inLanguage", lang.code());
        List<String> keywords = dataset.listProperties(DCAT.keyword).toList().stream()
                .filter(s -> s.getObject().isLiteral()).map(Statement::getString).toList();
        if (!keywords.isEmpty()) {
            doc.put("keywords", keywords);
        }
        String licence = licence(dataset);
        if (licence != null) {
            doc.put("license", licence);
        }
        Resource publisher = dataset.getPropertyResourceValue(DCTerms.publisher);
        if (publisher != null) {
            Map<String, Object> creator = new LinkedHashMap<>();
            creator.put("@type", "Organization");
            if (publisher.isURIResource()) {
                creator.put("url", publisher.getURI());
            }
            creator.put("name", Text.pick(RecordFactsReader.byLanguage(publisher, FOAF.name), lang).value());
            doc.put("creator", creator);
            doc.put("publisher", creator);
        }
        first(dataset, DCTerms.issued).ifPresent(date -> doc.put("datePublished", date));
        first(dataset, DCTerms.modified).ifPresent(date -> doc.put("dateModified", date));
        Resource temporal = dataset.getPropertyResourceValue(DCTerms.temporal);
        if (temporal != null) {
            String start = first(temporal, DCAT3.startDate).orElse("..");
            String end = first(temporal, DCAT3.endDate).orElse("..");
            doc.put("temporalCoverage", start + "/" + end);
        }
        Resource spatial = dataset.getPropertyResourceValue(DCTerms.spatial);
        if (spatial != null) {
            doc.put("spatialCoverage", spatial(spatial, lang));
        }
        List<Map<String, Object>> downloads = downloads(dataset, lang);
        if (!downloads.isEmpty()) {
            doc.put("distribution", downloads);
        }
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(doc).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write schema.org JSON-LD of " + id, e);
        }
    }

    private List<Map<String, Object>> downloads(Resource dataset, Lang lang) {
        List<Map<String, Object>> downloads = new ArrayList<>();
        for (Statement statement : dataset.listProperties(DCAT.distribution).toList()) {
            if (!statement.getObject().isResource()) {
                continue;
            }
            Resource distribution = statement.getResource();
            Resource url = distribution.getPropertyResourceValue(DCAT.downloadURL);
            url = url != null ? url : distribution.getPropertyResourceValue(DCAT.accessURL);
            if (url == null || !url.isURIResource()) {
                continue;
            }
            Map<String, Object> download = new LinkedHashMap<>();
            download.put("@type", "DataDownload");
            download.put("contentUrl", url.getURI());
            Resource mediaType = distribution.getPropertyResourceValue(DCAT.mediaType);
            Resource format = distribution.getPropertyResourceValue(DCTerms.format);
            if (mediaType != null && mediaType.isURIResource()) {
                download.put("encodingFormat", mediaType.getURI().replace("https://www.iana.org/assignments/media-types/", ""));
            } else if (format != null && format.isURIResource()) {
                download.put("encodingFormat", labels.orCode(format.getURI(), lang).value());
            }
            String title = Text.pick(RecordFactsReader.byLanguage(distribution, DCTerms.title), lang).value();
            if (!title.isEmpty()) {
                download.put("name", title);
            }
            downloads.add(download);
        }
        return downloads;
    }

    /** A named place (a commune) by its IRI and name; a described one by its geometry. */
    private Object spatial(Resource place, Lang lang) {
        Map<String, Object> spatial = new LinkedHashMap<>();
        spatial.put("@type", "Place");
        if (place.isURIResource()) {
            spatial.put("@id", place.getURI());
            spatial.put("name", labels.orCode(place.getURI(), lang).value());
            return spatial;
        }
        first(place, LOCN_GEOMETRY).ifPresent(wkt -> spatial.put("geo", Map.of("@type", "GeoShape", "polygon", polygon(wkt))));
        return spatial;
    }

    /** schema.org wants "lat,lon lat,lon ..." where WKT has "lon lat, lon lat". */
    private static String polygon(String wkt) {
        String inner = wkt.replaceAll("(?i)^\\s*POLYGON\\s*\\(\\(", "").replaceAll("\\)\\)\\s*$", "");
        List<String> points = new ArrayList<>();
        for (String point : inner.split(",")) {
            String[] xy = point.strip().split("\\s+");
            if (xy.length >= 2) {
                points.add(xy[1] + "," + xy[0]);
            }
        }
        return String.join(" ", points);
    }

    private static String licence(Resource dataset) {
        Resource licence = dataset.getPropertyResourceValue(DCTerms.license);
        if (licence == null) {
            for (Statement statement : dataset.listProperties(DCAT.distribution).toList()) {
                if (statement.getObject().isResource()) {
                    licence = statement.getResource().getPropertyResourceValue(DCTerms.license);
                    if (licence != null) {
                        break;
                    }
                }
            }
        }
        return licence != null && licence.isURIResource() ? licence.getURI() : null;
    }

    private static java.util.Optional<String> first(Resource subject, Property property) {
        return subject.listProperties(property).toList().stream().map(Statement::getObject)
                .filter(RDFNode::isLiteral).map(n -> n.asLiteral().getLexicalForm()).sorted().findFirst();
    }
}
