package fr.hautsdeseine.catalog.harvest;

import fr.hautsdeseine.catalog.audit.AuditLog;
import fr.hautsdeseine.catalog.config.HarvestConfig;
import fr.hautsdeseine.catalog.config.IngestLimits;
import fr.hautsdeseine.catalog.ingest.Importer;
import fr.hautsdeseine.catalog.ingest.RecordAdmission;
import fr.hautsdeseine.catalog.ingest.RecordRejectedException;
import fr.hautsdeseine.catalog.ingest.RecordSplitter;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.DatasetRecord;
import fr.hautsdeseine.catalog.validation.Profile;
import fr.hautsdeseine.catalog.validation.RecordReport;
import fr.hautsdeseine.catalog.validation.RecordValidator;
import fr.hautsdeseine.catalog.validation.ValidationIssue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One harvest run of one source: fetch and split every page first, salvage and validate each record
 * (repairs and drops noted in the report), and only when the whole catalog was read, store the records
 * and withdraw those the source has stopped listing for longer than the grace period. A run that
 * fails while fetching changes nothing; a preview changes nothing at all.
 */
public final class Harvester {
    private static final Logger log = LoggerFactory.getLogger(Harvester.class);
    static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final CatalogStore store;
    private final HarvestConfig config;
    private final RecordValidator validator;
    private final java.util.function.Supplier<Graph> vocabularies;
    private PartnerNormaliser normaliser;
    private final AuditLog audit;
    private final Clock clock;
    private final Importer importer;
    private final RecordAdmission admission;
    private final PageFetcher fetcher;
    private final ViolationSalvage salvage;
    private final Map<SourceType, SourceReader> readers = new EnumMap<>(SourceType.class);

    public Harvester(CatalogStore store, HarvestConfig config, RecordValidator validator,
                     java.util.function.Supplier<Graph> vocabularies, AuditLog audit, Clock clock) {
        this.store = store;
        this.config = config;
        this.validator = validator;
        this.vocabularies = vocabularies;
        this.audit = audit;
        this.clock = clock;
        this.importer = new Importer(store, validator);
        this.admission = new RecordAdmission(store, IngestLimits.fromEnvironment());
        this.fetcher = new PageFetcher(config);
        this.salvage = new ViolationSalvage(validator);
        DcatReader dcat = new DcatReader();
        readers.put(SourceType.DCAT, dcat);
        readers.put(SourceType.CKAN, new CkanReader(dcat));
        readers.put(SourceType.ODS, new OdsReader(dcat));
        readers.put(SourceType.CSW, new CswReader());
    }

    /** Ends the fetches under way and refuses new ones: runs then end as failed, and write what they would on failure. */
    public void stopFetching() {
        fetcher.stop();
    }

    public HarvestReport run(HarvestSource source, Consumer<String> progress) {
        return run(source, progress, false);
    }

    /** A dry run: fetch, repair and validate as a run does, and report what it would change, storing nothing. */
    public HarvestReport preview(HarvestSource source, Consumer<String> progress) {
        return run(source, progress, true);
    }

    private HarvestReport run(HarvestSource source, Consumer<String> progress, boolean preview) {
        Instant started = clock.instant();
        String runId = RUN_ID.format(started);
        String origin = store.iris().harvestSource(source.name()).getURI();
        RunState run = new RunState(source.name(), runId, store.iris().harvestRun(source.name(), runId).getURI(),
                source.url(), preview);
        Pages pages = new Pages(fetcher, config, progress);
        log.info("[harvest {}] {} {} of <{}> started", source.name(), preview ? "preview" : "run", runId,
                SourceUrls.masked(source.url()));
        try {
            fetcher.check(source.url());
            readers.get(source.type()).read(source, pages, page -> collect(page, run, progress));
        } catch (HarvestFetchException e) {
            run.errors.add(e.getMessage());
            return finish(run, started, false, pages, progress);
        }
        new HarvestWriter(store, audit, config.withdrawalGrace(), clock.instant(), preview).write(run, origin);
        return finish(run, started, true, pages, progress);
    }

    private void collect(ParsedPage page, RunState run, Consumer<String> progress) {
        page.repairs().forEach(repair -> run.note(null, repair));
        List<Node> identified = IdentityRepair.apply(page.graph());
        RecordSplitter.Split split = importer.splitHarvested(page.graph());
        split.problems().forEach(problem -> run.reject(null, "invalid", problem + " (page <" + page.url() + ">)"));
        for (DatasetRecord record : split.records()) {
            if (run.found.containsKey(record.id()) || run.listedInvalid.contains(record.id())) {
                run.reject(record.id(), "invalid", "listed twice: again on page <" + page.url() + ">");
                continue;
            }
            PartnerNormaliser.Normalised normalised = normaliser().normalise(record);
            if (identified.contains(record.dataset())) {
                normalised.salvage().repaired(DCTerms.identifier.asNode(), record.dataset(), null,
                        "none given: its IRI stands as identifier");
            }
            DatasetRecord owned;
            try {
                owned = admission.admit(PartnerCatalogRecords.drop(normalised.record(), normalised.salvage()));
            } catch (RecordRejectedException e) {
                run.listedInvalid.add(record.id());
                run.reject(record.id(), "invalid", e.getMessage());
                continue;
            }
            RecordReport report = salvage.validate(owned, normalised.salvage());
            if (report.conforms()) {
                run.found.put(record.id(), owned);
                normalised.repairs().forEach(repair -> run.note(record.id(), repair));
                run.reports.put(record.id(), report.graph());
            } else {
                run.listedInvalid.add(record.id());
                run.reject(record.id(), "invalid", violations(report));
            }
        }
        progress.accept("  " + split.records().size() + " datasets, " + run.found.size() + " valid so far");
    }

    /** Built on the first harvest, so that a server start does not read the vocabularies. */
    private synchronized PartnerNormaliser normaliser() {
        if (normaliser == null) {
            normaliser = new PartnerNormaliser(vocabularies.get());
        }
        return normaliser;
    }

    /** The violations of a report, one per line, as the run report shows them. */
    private static String violations(RecordReport report) {
        return report.issues().stream().filter(ValidationIssue::isViolation)
                .map(issue -> issue.path() + " on " + issue.focusNode() + ": " + issue.messageEn())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private HarvestReport finish(RunState run, Instant started, boolean complete, Pages pages, Consumer<String> progress) {
        long millis = clock.millis() - started.toEpochMilli();
        // A report is shown back (API, admin page, command line): no credential of the source URL in it.
        List<HarvestReport.Rejected> rejected = run.rejected.stream().map(r -> new HarvestReport.Rejected(r.record(),
                r.kind(), SourceUrls.maskedIn(r.reason(), run.sourceUrl))).toList();
        List<String> errors = run.errors.stream().map(e -> SourceUrls.maskedIn(e, run.sourceUrl)).toList();
        HarvestReport report = new HarvestReport(run.runId, run.runIri, run.source, started.toString(), millis, complete,
                pages.count(), pages.bytes(), run.counts(), rejected,
                List.copyOf(run.notes), errors, List.copyOf(run.pending), run.preview, false);
        rejected.forEach(r -> log.warn("[harvest {}] {} record {}: {}", run.source, r.kind(), r.record(), r.reason()));
        if (complete) {
            log.info("[harvest {}] {}", run.source, report.summary());
        } else {
            log.warn("[harvest {}] {}: {}", run.source, report.summary(), String.join("; ", errors));
        }
        progress.accept(report.summary());
        return report;
    }

    /** What a run has gathered so far. */
    static final class RunState {
        final String source;
        final String runId;
        final String runIri;
        final Map<String, DatasetRecord> found = new LinkedHashMap<>();
        final Map<String, org.apache.jena.graph.Graph> reports = new java.util.HashMap<>();
        final java.util.Set<String> listedInvalid = new java.util.HashSet<>();
        final List<HarvestReport.Rejected> rejected = new ArrayList<>();
        final List<HarvestReport.Note> notes = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        final List<HarvestReport.PendingWithdrawal> pending = new ArrayList<>();
        int created;
        int updated;
        int unchanged;
        int withdrawn;

        final URI sourceUrl;
        final boolean preview;

        RunState(String source, String runId, String runIri, URI sourceUrl, boolean preview) {
            this.sourceUrl = sourceUrl;
            this.preview = preview;
            this.source = source;
            this.runId = runId;
            this.runIri = runIri;
        }

        void note(String record, Salvage.Repair repair) {
            notes.add(new HarvestReport.Note(record, repair.action(), repair.property(), repair.where(), repair.original(),
                    repair.note()));
        }

        void reject(String record, String kind, String reason) {
            rejected.add(new HarvestReport.Rejected(record, kind, reason));
        }

        HarvestReport.Counts counts() {
            int invalid = (int) rejected.stream().filter(r -> r.kind().equals("invalid")).count();
            return new HarvestReport.Counts(created, updated, unchanged, withdrawn, invalid, rejected.size() - invalid);
        }
    }
}
