package fr.hautsdeseine.catalog.harvest;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.hautsdeseine.catalog.config.HarvestConfig;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The harvest readers (DCAT in Turtle, RDF/XML and JSON-LD with its contexts, CKAN, Opendatasoft, CSW) reading a
 * partner's pages, served over real HTTP on loopback, whatever those pages hold: a reader reads them or stops
 * with a {@link HarvestFetchException} that says why; any other exception is a finding. Every path of the
 * partner answers the same body, so that paging links and API calls land on it too. The first character of an
 * input chooses the reader and the content type, in the order of {@link #VARIANTS}.
 */
class HarvestReaderFuzzTest {
    private record Variant(SourceType type, String contentType) {
    }

    private static final List<Variant> VARIANTS = List.of(new Variant(SourceType.DCAT, "text/turtle"),
            new Variant(SourceType.DCAT, "application/rdf+xml"), new Variant(SourceType.DCAT, "application/ld+json"),
            new Variant(SourceType.CKAN, "application/json"), new Variant(SourceType.ODS, "application/json"),
            new Variant(SourceType.CSW, "application/xml"));
    private static final HarvestConfig LIMITS = HarvestConfig.defaults().withSizeLimits(1 << 20, 4 << 20, 3)
            .withRetries(0, Duration.ZERO).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));

    private static PartnerServer partner;
    private static final DcatReader DCAT = new DcatReader();

    @BeforeAll
    static void start() {
        partner = new PartnerServer();
    }

    @AfterAll
    static void stop() {
        partner.close();
    }

    @FuzzTest(maxDuration = "60s")
    void a_reader_reads_any_page_or_says_why_not(byte[] bytes) {
        int choice = bytes.length == 0 ? 0 : Math.floorMod(bytes[0] - '0', VARIANTS.size());
        Variant variant = VARIANTS.get(choice);
        String body = bytes.length == 0 ? "" : new String(bytes, 1, bytes.length - 1, StandardCharsets.UTF_8);
        partner.otherwise(PartnerServer.body(200, variant.contentType(), body));
        SourceReader reader = switch (variant.type()) {
            case DCAT -> DCAT;
            case CKAN -> new CkanReader(DCAT);
            case ODS -> new OdsReader(DCAT);
            case CSW -> new CswReader();
        };
        HarvestSource source = new HarvestSource("fuzzed", URI.create(partner.url(path(variant.type()))), variant.type(),
                Optional.empty());

        // Reading a partner is this target's job: connections on loopback (the partner, or where its links
        // point) are expected; Jazzer's request-forgery detector still reports any other host.
        try (SilentCloseable loopback = BugDetectors.allowNetworkConnections(
                (host, port) -> host.equals("127.0.0.1") || host.equals("localhost"))) {
            reader.read(source, new Pages(new PageFetcher(LIMITS), LIMITS, progress -> { }), page -> { });
        } catch (HarvestFetchException expected) {
            // The reader's one way to say that a partner's page cannot be read.
        }
    }

    private static String path(SourceType type) {
        return switch (type) {
            case DCAT -> "/catalog";
            case CKAN, ODS -> "/";
            case CSW -> "/geonetwork/srv/fre/csw";
        };
    }
}
