package fr.hautsdeseine.catalog.harvest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;

/**
 * A CKAN portal: its DCAT endpoint ({@code /catalog.ttl}, else {@code /catalog.rdf}) when it has one,
 * else {@code package_search} of its action API, page after page, mapped to DCAT-AP.
 */
final class CkanReader implements SourceReader {
    static final int ROWS = 100;
    private static final String[] DCAT_ENDPOINTS = {"catalog.ttl", "catalog.rdf"};

    private final DcatReader dcat;
    private final ObjectMapper json = new ObjectMapper();

    CkanReader(DcatReader dcat) {
        this.dcat = dcat;
    }

    @Override
    public void read(HarvestSource source, Pages pages, Consumer<ParsedPage> sink) {
        URI root = PortalRoot.of(source.url());
        for (String endpoint : DCAT_ENDPOINTS) {
            if (PortalRoot.tryDcat(dcat, root.resolve(endpoint), pages, sink)) {
                return;
            }
        }
        for (int start = 0; ; ) {
            URI url = root.resolve("api/3/action/package_search?rows=" + ROWS + "&start=" + start);
            JsonNode result = PortalRoot.json(json, pages.fetch(url, "application/json")).path("result");
            JsonNode packages = result.path("results");
            if (!packages.isArray()) {
                throw new HarvestFetchException("page <" + url + "> is not a CKAN package_search answer (no result.results)");
            }
            DcatGraphBuilder builder = new DcatGraphBuilder();
            packages.forEach(pkg -> map(pkg, root, builder));
            sink.accept(new ParsedPage(url, builder.graph()));
            // A portal may cap rows below what was asked: continue after what it gave.
            start += packages.size();
            if (packages.isEmpty() || start >= result.path("count").asInt(0)) {
                return;
            }
        }
    }

    private static void map(JsonNode pkg, URI root, DcatGraphBuilder out) {
        String name = pkg.path("name").asText(pkg.path("id").asText());
        Node dataset = DcatGraphBuilder.iri(root.resolve("dataset/" + PortalRoot.segment(name)).toString());
        out.type(dataset, DCAT.Dataset);
        out.text(dataset, DCTerms.identifier, pkg.hasNonNull("id") ? pkg.get("id") : pkg.get("name"));
        out.text(dataset, DCTerms.title, pkg.get("title"));
        out.text(dataset, DCTerms.description, pkg.get("notes"));
        out.typed(dataset, DCTerms.modified, pkg.get("metadata_modified"), XSDDatatype.XSDdateTime);
        out.add(dataset, DCAT.landingPage, dataset);
        pkg.path("tags").forEach(tag -> out.text(dataset, DCAT.keyword, tag.get("name")));
        out.licence(dataset, pkg.get("license_url"), pkg.get("license_id"));
        JsonNode organization = pkg.path("organization");
        if (organization.hasNonNull("name")) {
            Node publisher = DcatGraphBuilder.iri(root.resolve("organization/"
                    + PortalRoot.segment(organization.get("name").asText())).toString());
            out.add(dataset, DCTerms.publisher, publisher);
            out.type(publisher, FOAF.Agent);
            out.text(publisher, FOAF.name, organization.hasNonNull("title") ? organization.get("title") : organization.get("name"));
        }
        for (JsonNode resource : pkg.path("resources")) {
            Node distribution = resource.hasNonNull("id")
                    ? DcatGraphBuilder.iri(dataset.getURI() + "/resource/" + PortalRoot.segment(resource.get("id").asText()))
                    : NodeFactory.createBlankNode();
            out.add(dataset, DCAT.distribution, distribution);
            out.type(distribution, DCAT.Distribution);
            out.text(distribution, DCTerms.title, resource.get("name"));
            out.text(distribution, DCTerms.description, resource.get("description"));
            out.link(distribution, DCAT.accessURL, resource.get("url"));
            out.link(distribution, DCAT.downloadURL, resource.get("url"));
            out.text(distribution, DCTerms.format, resource.get("format"));
            out.mediaType(distribution, resource.get("mimetype"));
            if (resource.path("size").canConvertToLong() && resource.path("size").asLong() >= 0) {
                out.add(distribution, DCAT.byteSize, NodeFactory.createLiteralDT(resource.get("size").asText(),
                        XSDDatatype.XSDnonNegativeInteger));
            }
            out.licence(distribution, pkg.get("license_url"), pkg.get("license_id"));
        }
    }

}
