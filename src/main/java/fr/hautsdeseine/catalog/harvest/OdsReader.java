package fr.hautsdeseine.catalog.harvest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URI;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;

/**
 * An Opendatasoft portal: its DCAT export ({@code /api/explore/v2.1/catalog/exports/dcat}) when it has
 * one, else its catalog API ({@code /api/explore/v2.1/catalog/datasets}), page after page, mapped to
 * DCAT-AP with the CSV, JSON and GeoJSON exports as distributions.
 */
final class OdsReader implements SourceReader {
    static final int LIMIT = 100;
    private static final String API = "api/explore/v2.1/catalog/";
    private static final String[][] EXPORTS = {
            {"csv", "text/csv", "CSV"}, {"json", "application/json", "JSON"}, {"geojson", "application/geo+json", "GeoJSON"}};

    private final DcatReader dcat;
    private final ObjectMapper json = new ObjectMapper();

    OdsReader(DcatReader dcat) {
        this.dcat = dcat;
    }

    @Override
    public void read(HarvestSource source, Pages pages, Consumer<ParsedPage> sink) {
        URI root = PortalRoot.of(source.url());
        if (PortalRoot.tryDcat(dcat, root.resolve(API + "exports/dcat"), pages, sink)) {
            return;
        }
        for (int offset = 0; ; ) {
            URI url = root.resolve(API + "datasets?limit=" + LIMIT + "&offset=" + offset);
            JsonNode answer = PortalRoot.json(json, pages.fetch(url, "application/json"));
            JsonNode results = answer.path("results");
            if (!results.isArray()) {
                throw new HarvestFetchException("page <" + url + "> is not an Opendatasoft catalog answer (no results)");
            }
            DcatGraphBuilder builder = new DcatGraphBuilder();
            results.forEach(dataset -> map(dataset, root, builder));
            sink.accept(new ParsedPage(url, builder.graph()));
            offset += results.size();
            if (results.isEmpty() || offset >= answer.path("total_count").asInt(0)) {
                return;
            }
        }
    }

    private static void map(JsonNode item, URI root, DcatGraphBuilder out) {
        String id = item.path("dataset_id").asText();
        if (id.isBlank()) {
            return;
        }
        JsonNode metas = item.path("metas").path("default");
        Node dataset = DcatGraphBuilder.iri(root.resolve("explore/dataset/" + PortalRoot.segment(id) + "/").toString());
        out.type(dataset, DCAT.Dataset);
        out.text(dataset, DCTerms.identifier, item.get("dataset_id"));
        out.text(dataset, DCTerms.title, metas.get("title"));
        out.text(dataset, DCTerms.description, metas.get("description"));
        out.typed(dataset, DCTerms.modified, metas.get("modified"), XSDDatatype.XSDdateTime);
        out.add(dataset, DCAT.landingPage, dataset);
        metas.path("keyword").forEach(keyword -> out.text(dataset, DCAT.keyword, keyword));
        for (JsonNode theme : metas.path("theme")) {
            Node concept = NodeFactory.createBlankNode();
            out.add(dataset, DCAT.theme, concept);
            out.type(concept, SKOS.Concept);
            out.text(concept, SKOS.prefLabel, theme);
        }
        out.licence(dataset, metas.get("license_url"), metas.get("license"));
        if (metas.hasNonNull("publisher") && !metas.get("publisher").asText().isBlank()) {
            Node publisher = NodeFactory.createBlankNode();
            out.add(dataset, DCTerms.publisher, publisher);
            out.type(publisher, FOAF.Agent);
            out.text(publisher, FOAF.name, metas.get("publisher"));
        }
        String exports = root.resolve(API + "datasets/" + PortalRoot.segment(id) + "/exports/").toString();
        for (String[] export : EXPORTS) {
            Node distribution = DcatGraphBuilder.iri(exports + export[0]);
            out.add(dataset, DCAT.distribution, distribution);
            out.type(distribution, DCAT.Distribution);
            out.add(distribution, DCTerms.title, NodeFactory.createLiteralString("Export " + export[2]));
            out.add(distribution, DCAT.accessURL, distribution);
            out.add(distribution, DCAT.downloadURL, distribution);
            out.add(distribution, DCTerms.format, NodeFactory.createURI(
                    "http://publications.europa.eu/resource/authority/file-type/" + export[2].toUpperCase(java.util.Locale.ROOT)));
            out.mediaType(distribution, new TextNode(export[1]));
            out.licence(distribution, metas.get("license_url"), metas.get("license"));
        }
    }
}
