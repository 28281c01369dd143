package fr.hautsdeseine.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.FreshCatalog;
import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.publish.GeneratedRecords;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.vocab.DCATAP;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.results.Record;
import io.gdcc.xoai.model.oaipmh.results.Set;
import io.gdcc.xoai.model.oaipmh.verbs.Identify;
import io.gdcc.xoai.serviceprovider.ServiceProvider;
import io.gdcc.xoai.serviceprovider.client.JdkHttpOaiClient;
import io.gdcc.xoai.serviceprovider.model.Context;
import io.gdcc.xoai.serviceprovider.parameters.GetRecordParameters;
import io.gdcc.xoai.serviceprovider.parameters.ListRecordsParameters;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** /oai harvested by a maintained OAI-PMH harvester library (gdcc's XOAI service provider), and its errors read raw. */
class OaiPmhTest {
    @FreshCatalog(demo = true)
    static TestCatalog catalog;
    static String namespace;

    @BeforeAll
    static void start() {
        CatalogStore store = catalog.server().store();
        store.putAll(GeneratedRecords.records(store.iris(), "gen", 0, 230), "test");
        namespace = "oai:localhost:";
    }

    private static ServiceProvider harvester() {
        JdkHttpOaiClient client = new JdkHttpOaiClient.JdkHttpBuilder(HttpClient.newBuilder())
                .withBaseUrl(catalog.url("/oai")).build();
        return new ServiceProvider(new Context().withBaseUrl(catalog.url("/oai")).withGranularity(Granularity.Second)
                .withOAIClient(client).withSaveUnparsedMetadata());
    }

    @Test
    void a_verb_with_characters_xml_cannot_carry_is_a_bad_verb_not_a_server_error() {
        // Found by QueryParameterFuzzTest: the error message echoed the NUL characters, which broke the XML writer.
        var answer = catalog.get("/oai?verb=List%00Records&metadataPrefix=oai%00dc");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("<error code=\"badVerb\">'List\uFFFDRecords' is not an OAI-PMH verb");
    }

    @Test
    void identify_names_the_repository_its_granularity_and_its_earliest_datestamp() {
        Identify identify = harvester().identify();

        assertThat(identify.getRepositoryName()).isEqualTo("Open Data Hauts-de-Seine");
        assertThat(identify.getBaseURL()).isEqualTo(catalog.url("/oai"));
        assertThat(identify.getProtocolVersion()).isEqualTo("2.0");
        assertThat(identify.getAdminEmails()).containsExactly("opendata@hauts-de-seine.fr");
        assertThat(identify.getGranularity()).isEqualTo(Granularity.Second);
        assertThat(identify.getEarliestDatestamp()).isBeforeOrEqualTo(Instant.now());
    }

    @Test
    void every_record_is_offered_in_three_formats_and_the_sets_cover_publishers_themes_and_hvd() throws Exception {
        List<String> prefixes = new ArrayList<>();
        harvester().listMetadataFormats().forEachRemaining(f -> prefixes.add(f.getMetadataPrefix()));
        List<String> sets = new ArrayList<>();
        Iterator<Set> listed = harvester().listSets();
        listed.forEachRemaining(s -> sets.add(s.getSpec() + "=" + s.getName()));

        assertThat(prefixes).containsExactly("dcat_ap", "dcat_ap_3", "oai_dc");
        assertThat(sets).contains("hvd=Données de forte valeur (règlement d'exécution (UE) 2023/138)",
                "publisher:departement-des-hauts-de-seine=Département des Hauts-de-Seine", "theme:EDUC=Éducation, culture et sport");
    }

    @Test
    void dcat_ap_is_dcat_ap_2_rdf_xml_and_oai_dc_is_dublin_core() throws Exception {
        Record dcatAp = harvester().getRecord(GetRecordParameters.request().withIdentifier(namespace + "communes")
                .withMetadataFormatPrefix("dcat_ap"));
        Record dc = harvester().getRecord(GetRecordParameters.request().withIdentifier(namespace + "communes")
                .withMetadataFormatPrefix("oai_dc"));

        Graph graph = rdf(dcatAp);
        assertThat(graph.find(Node.ANY, DCTerms.identifier.asNode(), NodeFactory.createLiteralString("communes")).hasNext()).isTrue();
        assertThat(graph.find(Node.ANY, DCAT.byteSize.asNode(), Node.ANY).toList()).isNotEmpty()
                .allSatisfy(t -> assertThat(t.getObject().getLiteralDatatype()).isEqualTo(XSDDatatype.XSDdecimal));
        assertThat(dcatAp.getHeader().getSetSpecs()).contains("hvd", "publisher:departement-des-hauts-de-seine");
        assertThat(dc.getMetadata().asUnparsedString()).contains("<dc:title xml:lang=\"fr\">").contains("<dc:type>Dataset</dc:type>")
                .contains("<dc:identifier>communes</dc:identifier>");
    }

    @Test
    void a_harvest_while_records_are_written_and_withdrawn_ends_with_the_live_records_and_the_deletions() throws Exception {
        CatalogStore store = catalog.server().store();
        List<String> before = store.recordIds();
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        AtomicBoolean harvesting = new AtomicBoolean(true);
        List<String> withdrawn = new ArrayList<>();
        List<String> created = new ArrayList<>();
        Thread writer = new Thread(() -> {
            int i = 0;
            while (harvesting.get() && i < 200) {
                String id = "new-%05d".formatted(i);
                store.putAll(List.of(GeneratedRecords.record(store.iris(), id)), "test");
                created.add(id);
                String gone = "gen-%05d".formatted(200 + i % 30);
                if (i < 30 && store.withdraw(gone)) {
                    withdrawn.add(gone);
                }
                i++;
            }
        });

        writer.start();
        Map<String, Boolean> seen = harvest(ListRecordsParameters.request().withMetadataPrefix("dcat_ap"));
        harvesting.set(false);
        writer.join();
        Map<String, Boolean> caughtUp = harvest(ListRecordsParameters.request().withMetadataPrefix("dcat_ap").withFrom(started));

        List<String> lasting = before.stream().filter(id -> !withdrawn.contains(id)).toList();
        assertThat(created).as("records written during the harvest").isNotEmpty();
        assertThat(withdrawn).as("records withdrawn during the harvest").isNotEmpty();
        assertThat(seen.keySet()).containsAll(lasting);
        // What the harvester holds: the full harvest, then the incremental one applied over it.
        Map<String, Boolean> held = new HashMap<>(seen);
        held.putAll(caughtUp);
        List<String> live = held.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
        List<String> deleted = held.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
        assertThat(live).containsExactlyInAnyOrderElementsOf(store.recordIds());
        assertThat(deleted).containsAll(withdrawn);
        assertThat(deleted).as("deletions from earlier tests: records already gone when the harvest began")
                .filteredOn(id -> !withdrawn.contains(id)).allSatisfy(id -> assertThat(before).doesNotContain(id));
    }

    @Test
    void a_withdrawn_record_is_a_deleted_record_with_the_time_of_its_withdrawal_and_its_sets() throws Exception {
        CatalogStore store = catalog.server().store();
        store.putAll(List.of(GeneratedRecords.record(store.iris(), "short-lived")), "test");
        // A second of its own, so that the records earlier tests wrote are not in the list from it.
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        Thread.sleep(Math.max(0, before.toEpochMilli() - System.currentTimeMillis()));
        store.withdraw("short-lived", "test");

        Record record = harvester().getRecord(GetRecordParameters.request().withIdentifier(namespace + "short-lived")
                .withMetadataFormatPrefix("dcat_ap"));
        Identify identify = harvester().identify();
        String listed = catalog.get("/oai?verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + before).body();

        assertThat(record.getHeader().isDeleted()).isTrue();
        assertThat(record.getMetadata()).isNull();
        assertThat(record.getHeader().getDatestamp()).isAfterOrEqualTo(before);
        assertThat(identify.getDeletedRecord().value()).isEqualTo("persistent");
        assertThat(listed).contains("<header status=\"deleted\"><identifier>" + namespace + "short-lived</identifier>");
    }

    @Test
    void from_and_until_select_to_the_second() throws Exception {
        CatalogStore store = catalog.server().store();
        store.putAll(List.of(GeneratedRecords.record(store.iris(), "stamped")), "test");
        Record record = harvester().getRecord(GetRecordParameters.request().withIdentifier(namespace + "stamped")
                .withMetadataFormatPrefix("dcat_ap_3"));
        Instant stamp = record.getHeader().getDatestamp();

        Map<String, Boolean> at = harvest(ListRecordsParameters.request().withMetadataPrefix("oai_dc").withFrom(stamp).withUntil(stamp));
        Map<String, Integer> after = harvestOrEmpty("from=" + stamp.plusSeconds(1) + "&until=" + stamp.plusSeconds(1));

        assertThat(at).containsKey("stamped");
        assertThat(after).doesNotContainKey("stamped");
    }

    @Test
    void a_set_lists_only_its_records() throws Exception {
        Map<String, Boolean> hvd = harvest(ListRecordsParameters.request().withMetadataPrefix("dcat_ap").withSetSpec("hvd"));
        Map<String, Boolean> cd92 = harvest(ListRecordsParameters.request().withMetadataPrefix("oai_dc").withSetSpec("publisher"));

        assertThat(hvd.keySet()).isNotEmpty().allSatisfy(id -> assertThat(catalog.server().store().record(id).orElseThrow()
                .find(Node.ANY, DCATAP.applicableLegislation.asNode(), DCATAP.HVD_REGULATION.asNode()).hasNext()).isTrue());
        assertThat(cd92).containsKeys("communes", "archives-de-la-planete");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no verb | | badVerb | The verb argument is missing",
            "unknown verb | verb=Harvest | badVerb | 'Harvest' is not an OAI-PMH verb",
            "repeated verb | verb=Identify&verb=Identify | badVerb | The verb argument is repeated",
            "unknown argument | verb=Identify&foo=bar | badArgument | 'foo' is not an argument of Identify",
            "repeated argument | verb=ListRecords&metadataPrefix=dcat_ap&metadataPrefix=oai_dc | badArgument | The argument metadataPrefix is repeated",
            "missing prefix | verb=ListRecords | badArgument | ListRecords needs the argument metadataPrefix",
            "token not alone | verb=ListRecords&metadataPrefix=dcat_ap&resumptionToken=abc | badArgument | resumptionToken is an exclusive argument",
            "bad date | verb=ListIdentifiers&metadataPrefix=dcat_ap&from=2024-13-01 | badArgument | from must be a date YYYY-MM-DD",
            "mixed granularity | verb=ListIdentifiers&metadataPrefix=dcat_ap&from=2024-01-01&until=2024-02-01T00:00:00Z | badArgument | from and until must have the same granularity",
            "from after until | verb=ListIdentifiers&metadataPrefix=dcat_ap&from=2024-02-01&until=2024-01-01 | badArgument | from (2024-02-01) is later than until (2024-01-01)",
            "forged token | verb=ListRecords&resumptionToken=Zm9v | badResumptionToken | was not issued by this repository",
            "token of ListSets | verb=ListSets&resumptionToken=Zm9v | badResumptionToken | ListSets answers in one list",
            "unknown prefix | verb=ListRecords&metadataPrefix=marc21 | cannotDisseminateFormat | No metadata format 'marc21'; offered: dcat_ap, dcat_ap_3, oai_dc",
            "unknown record | verb=GetRecord&metadataPrefix=dcat_ap&identifier=oai:localhost:nothing | idDoesNotExist | No record 'oai:localhost:nothing'",
            "unknown record's formats | verb=ListMetadataFormats&identifier=urn:x | idDoesNotExist | No record 'urn:x'",
            "empty selection | verb=ListIdentifiers&metadataPrefix=dcat_ap&until=1990-01-01 | noRecordsMatch | No record matches these arguments",
            "unknown set | verb=ListIdentifiers&metadataPrefix=dcat_ap&set=publisher:nobody | noRecordsMatch | No record matches these arguments",
    })
    void each_error_is_named_with_its_code_in_a_200_answer(String name, String query, String code, String message) {
        HttpResponse<String> response = catalog.get("/oai" + (query == null ? "" : "?" + query));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/xml;charset=utf-8");
        assertThat(response.body()).contains("<error code=\"" + code + "\">").contains(message);
        if (code.equals("badVerb") || code.equals("badArgument")) {
            assertThat(response.body()).contains("<request>" + catalog.url("/oai") + "</request>");
        } else {
            assertThat(response.body()).contains("<request verb=");
        }
    }

    @Test
    void post_answers_like_get_and_get_answers_304_to_a_current_copy() {
        HttpResponse<String> post = catalog.send("POST", "/oai", "application/x-www-form-urlencoded",
                "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:communes".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpResponse<String> get = catalog.get("/oai?verb=Identify");
        HttpResponse<String> again = catalog.get("/oai?verb=Identify", "If-None-Match", get.headers().firstValue("ETag").orElseThrow());

        assertThat(post.statusCode()).isEqualTo(200);
        assertThat(post.body()).contains("<dc:identifier>communes</dc:identifier>");
        assertThat(get.headers().firstValue("ETag")).hasValueSatisfying(tag -> assertThat(tag).startsWith("W/\""));
        assertThat(again.statusCode()).isEqualTo(304);
    }

    /** Every record of a complete ListRecords harvest, by record id: whether it was listed as deleted. Each is listed once. */
    private static Map<String, Boolean> harvest(ListRecordsParameters parameters) throws Exception {
        Map<String, Boolean> seen = new HashMap<>();
        Iterator<Record> records = harvester().listRecords(parameters);
        while (records.hasNext()) {
            Record record = records.next();
            String identifier = record.getHeader().getIdentifier();
            assertThat(identifier).startsWith(namespace);
            if (!record.getHeader().isDeleted() && !parameters.getMetadataPrefix().equals("oai_dc")) {
                assertThat(rdf(record).find(Node.ANY, DCTerms.identifier.asNode(), Node.ANY).hasNext()).isTrue();
            }
            Boolean before = seen.put(identifier.substring(namespace.length()), record.getHeader().isDeleted());
            assertThat(before).as("%s listed twice", identifier).isNull();
        }
        return seen;
    }

    /** The records of a ListIdentifiers with these dates; none when the answer is noRecordsMatch. */
    private static Map<String, Integer> harvestOrEmpty(String dates) {
        String body = catalog.get("/oai?verb=ListIdentifiers&metadataPrefix=dcat_ap&" + dates).body();
        Map<String, Integer> seen = new HashMap<>();
        java.util.regex.Matcher identifiers = java.util.regex.Pattern.compile("<identifier>" + namespace + "([^<]+)</identifier>").matcher(body);
        while (identifiers.find()) {
            seen.merge(identifiers.group(1), 1, Integer::sum);
        }
        if (seen.isEmpty()) {
            assertThat(body).contains("<error code=\"noRecordsMatch\">");
        }
        return seen;
    }

    private static Graph rdf(Record record) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(record.getMetadata().asUnparsedString(), Lang.RDFXML).base(catalog.url("/")).parse(graph);
        return graph;
    }
}
