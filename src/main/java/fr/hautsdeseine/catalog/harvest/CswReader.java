package fr.hautsdeseine.catalog.harvest;

import fr.hautsdeseine.catalog.ingest.RdfParseException;
import fr.hautsdeseine.catalog.ingest.RdfReader;
import fr.hautsdeseine.catalog.ingest.RdfSyntax;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3c.dom.Element;

/**
 * A CSW 2.0.2 catalogue (GeoNetwork) read with {@code GetRecords} in its DCAT output, as udata's
 * {@code csw-dcat} backend does: pages of {@value #PAGE} records from {@code startPosition} 1, each
 * next page at the {@code nextRecord} the answer gives, until it is 0 or past
 * {@code numberOfRecordsMatched}. The source URL is the CSW endpoint; an {@code outputSchema} in it
 * (GeoDCAT-AP: {@code http://data.europa.eu/930/}) replaces DCAT's.
 */
final class CswReader implements SourceReader {
    static final int PAGE = 10;
    static final String DCAT_SCHEMA = "http://www.w3.org/ns/dcat#";
    private static final String ACCEPT = "application/xml, text/xml;q=0.9";

    private final RdfReader rdf = new RdfReader();

    @Override
    public void read(HarvestSource source, Pages pages, Consumer<ParsedPage> sink) {
        int start = 1;
        while (start > 0) {
            URI url = pageUrl(source.url(), start);
            FetchedPage page = pages.fetch(url, ACCEPT);
            CswAnswer answer = CswAnswer.parse(page);
            Graph graph = GraphFactory.createDefaultGraph();
            List<Salvage.Repair> repairs = new ArrayList<>();
            for (Element record : answer.records()) {
                repairs.addAll(CswAnswer.dropTextBesideResource(record, page.url()));
                try {
                    rdf.read(CswAnswer.serialise(record), RdfSyntax.RDF_XML, page.url().toString()).find().forEachRemaining(graph::add);
                } catch (RdfParseException e) {
                    throw new HarvestFetchException("page <" + page.url() + "> has a record that is not well-formed RDF/XML: "
                            + e.describe());
                }
            }
            sink.accept(new ParsedPage(page.url(), graph, repairs));
            int next = answer.nextRecord();
            if (next != 0 && next <= start) {
                throw new HarvestFetchException("paging loop: page <" + page.url() + "> gives nextRecord " + next);
            }
            start = answer.records().isEmpty() || next > answer.matched() ? 0 : next;
        }
    }

    /** The GetRecords request in key-value form, keeping what the source URL already sets (an outputSchema, say). */
    static URI pageUrl(URI endpoint, int start) {
        String query = endpoint.getRawQuery() == null ? "" : endpoint.getRawQuery();
        StringBuilder url = new StringBuilder(endpoint.toString().replaceFirst("\\?.*$", "")).append('?');
        if (!query.isEmpty()) {
            url.append(query).append('&');
        }
        url.append("service=CSW&version=2.0.2&request=GetRecords&typeNames=csw:Record&resultType=results&elementSetName=full");
        if (!query.toLowerCase(java.util.Locale.ROOT).contains("outputschema=")) {
            url.append("&outputSchema=").append(URLEncoder.encode(DCAT_SCHEMA, StandardCharsets.UTF_8));
        }
        url.append("&startPosition=").append(start).append("&maxRecords=").append(PAGE);
        return URI.create(url.toString());
    }
}
