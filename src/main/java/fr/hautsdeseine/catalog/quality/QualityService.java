package fr.hautsdeseine.catalog.quality;

import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every record's quality score current: scores a record when a write changes it and after each
 * link check, stores its DQV measurements in its quality graph, and the catalog's and publishers' means
 * (with one catalog mean per week) in the summary graph. At start it scores every record once, on
 * another thread, and rewrites only the measurements that changed while it was down.
 */
public final class QualityService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(QualityService.class);
    private static final int CHUNK = 1000;
    private static final Node SHACL_SEVERITY = NodeFactory.createURI("http://www.w3.org/ns/shacl#resultSeverity");
    private static final Node SHACL_VIOLATION = NodeFactory.createURI("http://www.w3.org/ns/shacl#Violation");

    private final CatalogStore store;
    private final CatalogIris iris;
    private final DatasetScorer scorer;
    private final LinkRegistry links;
    private final Clock clock;
    private final Map<String, QualityScore> scores = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> urlsById = new ConcurrentHashMap<>();
    /** Each week's mean, by the group it is of: the catalog's IRI or a publisher's. */
    private final Map<String, TreeMap<LocalDate, Double>> weeks = new HashMap<>();
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final CompletableFuture<Void> written = new CompletableFuture<>();
    /** Records a write scored while the stored ones were being scored at start: that scoring leaves them be. */
    private final Set<String> rescoredWhileStarting = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean checking = new AtomicBoolean();
    private final AtomicBoolean closing = new AtomicBoolean();
    private Thread initial;

    public QualityService(CatalogStore store, QualityLists lists, LinkRegistry links, Clock clock) {
        this.store = store;
        this.iris = store.iris();
        this.scorer = new DatasetScorer(lists);
        this.links = links;
        this.clock = clock;
    }

    /** Follows the store's writes from now on, and scores what is already there on another thread. */
    public QualityService start() {
        store.onChange(this::rescore);
        initial = new Thread(() -> {
            try {
                scoreStoredRecords();
                ready.complete(null);
            } catch (RuntimeException e) {
                log.error("[quality] scoring the stored records failed", e);
                ready.completeExceptionally(e);
                written.completeExceptionally(e);
            }
        }, "quality-start");
        initial.setDaemon(true);
        initial.start();
        return this;
    }

    /**
     * Whether the records stored at start have all been scored and their measurements stored (readiness: until
     * then scores lag, or /sparql lacks some measurements).
     */
    public boolean isReady() {
        return written.isDone();
    }

    /** Whether every record stored at start has its score (served from then on), measurements stored or not. */
    public boolean scoresKnown() {
        return ready.isDone();
    }

    /** Scores every stored record now, on this thread (the command line's way). */
    public QualityService startHere() {
        scoreStoredRecords();
        ready.complete(null);
        return this;
    }

    /**
     * Scores every stored record and stores the summaries, then rewrites the measurements that are not current.
     * Scores are known, and served, once the first step ends; the second, a write of some 180 quads per record
     * the first time, runs on after it, and readiness waits for it.
     */
    private void scoreStoredRecords() {
        long started = System.nanoTime();
        synchronized (this) {
            store.graph(iris.qualitySummaryGraph()).map(QualityMeasurements::weeks).ifPresent(weeks::putAll);
        }
        List<String> ids = store.recordIds();
        // Chunks are read and scored on every core, each in a read transaction of its own.
        List<String> stale = IntStream.range(0, (ids.size() + CHUNK - 1) / CHUNK).parallel()
                .mapToObj(chunk -> closing.get() ? List.<String>of()
                        : scoreStored(ids.subList(chunk * CHUNK, Math.min(ids.size(), (chunk + 1) * CHUNK))))
                .flatMap(List::stream).toList();
        long scored = System.nanoTime();
        log.info("[quality] {} records scored in {} ms", scores.size(), (scored - started) / 1_000_000);
        synchronized (this) {
            store.replaceDerivedGraphs(Map.of(iris.qualitySummaryGraph(), summaryGraph(clock.instant())));
        }
        ready.complete(null);
        rescoredWhileStarting.clear();
        for (int from = 0; from < stale.size() && !closing.get(); from += CHUNK) {
            writeMeasurements(stale.subList(from, Math.min(stale.size(), from + CHUNK)));
        }
        log.info("[quality] {} measurement graphs rewritten in {} ms", stale.size(), (System.nanoTime() - scored) / 1_000_000);
        written.complete(null);
    }

    /** Completes when the measurements of the records stored at start are all in the store ({@link #isReady()} from then on). */
    public CompletableFuture<Void> measurementsWritten() {
        return written;
    }

    /**
     * Scores some stored records in one read transaction; returns those whose stored measurements are missing
     * or say otherwise. Reads each record, whether its report holds a Violation, and its measurements' digest.
     */
    private List<String> scoreStored(List<String> ids) {
        record Stored(Optional<Graph> record, boolean compliant, Optional<String> digest) {
        }
        Map<String, Stored> stored = store.read(dsg -> {
            Map<String, Stored> read = new HashMap<>();
            for (String id : ids) {
                read.put(id, new Stored(copy(dsg, iris.recordGraph(id)),
                        !dsg.contains(iris.reportGraph(id), Node.ANY, SHACL_SEVERITY, SHACL_VIOLATION),
                        QualityMeasurements.storedDigest(dsg, iris.qualityGraph(id), qualityPage(id))));
            }
            return read;
        });
        Map<String, Optional<QualityScore>> fresh = new HashMap<>();
        for (String id : ids) {
            fresh.put(id, score(id, stored.get(id).record(), stored.get(id).compliant()));
        }
        List<String> stale = new ArrayList<>();
        synchronized (this) {
            for (String id : ids) {
                // A write since this chunk was read has scored the record already, from what it wrote.
                if (rescoredWhileStarting.contains(id)) {
                    continue;
                }
                Optional<QualityScore> score = fresh.get(id);
                keep(id, score, stored.get(id).record());
                if (score.isPresent() && !stored.get(id).digest().equals(Optional.of(QualityMeasurements.digest(score.get())))) {
                    stale.add(id);
                }
            }
        }
        return stale;
    }

    /** Writes the measurements of some records from their current scores (a write since may have changed them). */
    private synchronized void writeMeasurements(List<String> ids) {
        Instant now = clock.instant();
        Map<Node, Graph> graphs = new HashMap<>();
        for (String id : ids) {
            QualityScore score = scores.get(id);
            if (score != null) {
                graphs.put(iris.qualityGraph(id), QualityMeasurements.of(score, qualityPage(id), now));
            }
        }
        store.replaceDerivedGraphs(graphs);
    }

    private static Optional<Graph> copy(DatasetGraph dsg, Node name) {
        Graph copy = GraphFactory.createDefaultGraph();
        dsg.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quad -> copy.add(quad.asTriple()));
        return copy.isEmpty() ? Optional.empty() : Optional.of(copy);
    }

    /** Stops the scoring at start, if it still runs, and waits for it: the store may then close. */
    @Override
    public void close() {
        closing.set(true);
        if (initial != null) {
            try {
                initial.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        ready.complete(null);
        written.complete(null);
    }

    /** Scores the records a write created, changed or withdrew. */
    public synchronized void rescore(Collection<String> ids) {
        if (!ready.isDone()) {
            rescoredWhileStarting.addAll(ids);
        }
        Instant now = clock.instant();
        Map<Node, Graph> graphs = new HashMap<>();
        for (String id : ids) {
            Optional<QualityScore> score = scoreOne(id);
            graphs.put(iris.qualityGraph(id), score.map(s -> QualityMeasurements.of(s, qualityPage(id), now))
                    .orElseGet(GraphFactory::createDefaultGraph));
        }
        graphs.put(iris.qualitySummaryGraph(), summaryGraph(now));
        store.replaceDerivedGraphs(graphs);
    }

    private Optional<QualityScore> scoreOne(String id) {
        // Stored reports hold what the record was accepted with: compliance is the absence of a Violation.
        boolean compliant = store.report(id).map(r -> !r.contains(Node.ANY, SHACL_SEVERITY, SHACL_VIOLATION)).orElse(true);
        Optional<Graph> record = store.record(id);
        Optional<QualityScore> score = score(id, record, compliant);
        keep(id, score, record);
        return score;
    }

    /** Scores a record from its graph and whether the validation report it was stored with holds a Violation. */
    private Optional<QualityScore> score(String id, Optional<Graph> record, boolean compliant) {
        if (record.isEmpty() || DatasetScorer.datasetOf(record.get()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(scorer.score(id, record.get(), compliant, links));
    }

    /** Keeps a record's score and URLs for the dashboard and the link checker, or forgets a withdrawn record. */
    private void keep(String id, Optional<QualityScore> score, Optional<Graph> record) {
        if (score.isEmpty()) {
            scores.remove(id);
            urlsById.remove(id);
        } else {
            scores.put(id, score.get());
            urlsById.put(id, urls(record.orElseThrow()));
        }
    }

    private static Set<String> urls(Graph record) {
        Set<String> urls = new TreeSet<>();
        for (Node property : List.of(DCAT.accessURL.asNode(), DCAT.downloadURL.asNode())) {
            record.find(Node.ANY, property, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isURI)
                    .forEachRemaining(url -> urls.add(url.getURI()));
        }
        return urls;
    }

    private Graph summaryGraph(Instant now) {
        Graph graph = GraphFactory.createDefaultGraph();
        String name = iris.base() + "/quality";
        LocalDate monday = LocalDate.ofInstant(now, ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        QualitySummary catalog = catalog();
        QualityMeasurements.addSummary(graph, name, iris.catalog().getURI(), catalog, now);
        addWeeks(graph, name, catalog, monday, now);
        for (QualitySummary publisher : publishers()) {
            String publisherName = name + "/publishers/" + Integer.toHexString(publisher.name().hashCode());
            QualityMeasurements.addSummary(graph, publisherName, publisher.name(), publisher, now);
            addWeeks(graph, publisherName, publisher, monday, now);
        }
        return graph;
    }

    /** Records the group's mean as this week's, and writes every week kept for it. */
    private void addWeeks(Graph graph, String name, QualitySummary group, LocalDate monday, Instant now) {
        TreeMap<LocalDate, Double> groupWeeks = weeks.computeIfAbsent(group.name(), g -> new TreeMap<>());
        if (group.datasets() > 0) {
            groupWeeks.put(monday, group.meanTotal());
        }
        groupWeeks.forEach((week, mean) -> QualityMeasurements.addWeek(graph, name, group.name(), week, mean, now));
    }

    /** Checks every access and download URL of the catalog, then scores the records again. */
    public LinkRun checkLinks(LinkChecker checker) {
        if (!checking.compareAndSet(false, true)) {
            throw new LinkCheckRunningException();
        }
        try {
            awaitReady();
            Set<String> urls = new TreeSet<>();
            urlsById.values().forEach(urls::addAll);
            long started = System.nanoTime();
            Map<String, LinkResult> results = checker.checkAll(urls);
            links.record(results);
            rescore(new ArrayList<>(scores.keySet()));
            long reachable = results.values().stream().filter(LinkResult::reachable).count();
            log.info("[quality] link check: {} URLs, {} reachable, in {} ms", results.size(), reachable,
                    (System.nanoTime() - started) / 1_000_000);
            return new LinkRun(results.size(), (int) reachable, clock.instant());
        } finally {
            checking.set(false);
        }
    }

    /** What one link check run found. */
    public record LinkRun(int checked, int reachable, Instant finished) {
    }

    /** Thrown when a link check is asked for while one runs. */
    public static final class LinkCheckRunningException extends RuntimeException {
        LinkCheckRunningException() {
            super("A link check is already running");
        }
    }

    private void awaitReady() {
        ready.join();
    }

    public Optional<QualityScore> score(String id) {
        awaitReady();
        return Optional.ofNullable(scores.get(id));
    }

    /** The record's score if it has one now, without waiting for the scoring at start to end. */
    public Optional<QualityScore> scoreNow(String id) {
        return Optional.ofNullable(scores.get(id));
    }

    public List<QualityScore> scores() {
        awaitReady();
        return scores.values().stream().sorted(Comparator.comparing(QualityScore::id)).toList();
    }

    public QualitySummary catalog() {
        return QualitySummary.of(iris.catalog().getURI(), scores.values());
    }

    /** One summary per publisher (by IRI), the lowest mean first. */
    public List<QualitySummary> publishers() {
        Map<String, List<QualityScore>> byPublisher = scores.values().stream().filter(s -> s.publisher().isPresent())
                .collect(Collectors.groupingBy(s -> s.publisher().get(), TreeMap::new, Collectors.toList()));
        return byPublisher.entrySet().stream().map(e -> QualitySummary.of(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingDouble(QualitySummary::meanTotal)).toList();
    }

    /** The scores of one publisher's datasets (by the publisher's IRI), by id. */
    public List<QualityScore> scoresOf(String publisher) {
        return scores().stream().filter(s -> s.publisher().filter(publisher::equals).isPresent()).toList();
    }

    /** One publisher's summary, when some dataset has it as publisher. */
    public Optional<QualitySummary> publisher(String publisher) {
        List<QualityScore> theirs = scoresOf(publisher);
        return theirs.isEmpty() ? Optional.empty() : Optional.of(QualitySummary.of(publisher, theirs));
    }

    /** The datasets with the lowest totals, for the team to fix first. */
    public List<QualityScore> toFixFirst(int limit) {
        return toFixFirst(scores(), limit);
    }

    /** Among some scores, those with the lowest totals. */
    public static List<QualityScore> toFixFirst(Collection<QualityScore> among, int limit) {
        return among.stream().sorted(Comparator.comparingInt(QualityScore::total).thenComparing(QualityScore::id))
                .limit(limit).toList();
    }

    /** Every URL whose last check failed (or that was never checked), with the records that give it. */
    public Map<String, List<String>> brokenLinks() {
        awaitReady();
        return brokenLinks(urlsById.keySet());
    }

    /** The broken links of some records only (one publisher's), with those of them that give each. */
    public Map<String, List<String>> brokenLinks(Collection<String> ids) {
        awaitReady();
        Set<String> wanted = Set.copyOf(ids);
        Map<String, List<String>> broken = new TreeMap<>();
        urlsById.forEach((id, urls) -> {
            if (wanted.contains(id)) {
                urls.stream().filter(url -> !links.reachable(url))
                        .forEach(url -> broken.computeIfAbsent(url, u -> new ArrayList<>()).add(id));
            }
        });
        broken.values().forEach(users -> users.sort(null));
        return broken;
    }

    /** What the last checks found for the catalog's URLs: how many were checked, how many failed and how. */
    public LinkCheckSummary linkCheckSummary() {
        awaitReady();
        Set<String> urls = new TreeSet<>();
        urlsById.values().forEach(urls::addAll);
        int checked = 0;
        Instant newest = null;
        record Failure(LinkOutcome outcome, int status) {
        }
        Map<Failure, Integer> failures = new TreeMap<>(Comparator.comparing(Failure::outcome).thenComparingInt(Failure::status));
        for (String url : urls) {
            Optional<LinkResult> last = links.last(url);
            if (last.isEmpty()) {
                continue;
            }
            checked++;
            if (newest == null || last.get().checkedAt().isAfter(newest)) {
                newest = last.get().checkedAt();
            }
            if (!last.get().reachable()) {
                failures.merge(new Failure(last.get().outcome(), last.get().status()), 1, Integer::sum);
            }
        }
        List<LinkCheckSummary.Failures> byWay = failures.entrySet().stream().map(e -> new LinkCheckSummary.Failures(
                e.getKey().outcome(), e.getKey().status(), e.getValue())).toList();
        return new LinkCheckSummary(urls.size(), checked, byWay.stream().mapToInt(LinkCheckSummary.Failures::urls).sum(),
                byWay, Optional.ofNullable(newest));
    }

    public Set<String> urlsOf(String id) {
        return urlsById.getOrDefault(id, Set.of());
    }

    public LinkRegistry links() {
        return links;
    }

    /** The catalog's mean per week, by the week's Monday. */
    public Map<LocalDate, Double> weeks() {
        return weeks(iris.catalog().getURI());
    }

    /** A group's mean per week (the catalog's or a publisher's, by IRI), by the week's Monday. */
    public synchronized Map<LocalDate, Double> weeks(String group) {
        awaitReady();
        return new LinkedHashMap<>(weeks.getOrDefault(group, new TreeMap<>()));
    }

    /**
     * A record's DQV measurements: those stored, or while the start-up has not yet stored them, those its
     * current score makes.
     */
    public Optional<Graph> measurements(String id) {
        Optional<Graph> stored = store.graph(iris.qualityGraph(id));
        if (stored.isPresent() || written.isDone()) {
            return stored;
        }
        return scoreNow(id).map(score -> QualityMeasurements.of(score, qualityPage(id), clock.instant()));
    }

    /** The URL of a record's quality page, which also names its measurements. */
    public String qualityPage(String id) {
        return iris.base() + "/datasets/" + id + "/quality";
    }
}
