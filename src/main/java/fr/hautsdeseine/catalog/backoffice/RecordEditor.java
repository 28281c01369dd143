package fr.hautsdeseine.catalog.backoffice;

import fr.hautsdeseine.catalog.accounts.Account;
import fr.hautsdeseine.catalog.accounts.Role;
import fr.hautsdeseine.catalog.audit.AuditLog;
import fr.hautsdeseine.catalog.ingest.Importer;
import fr.hautsdeseine.catalog.ingest.RdfSyntax;
import fr.hautsdeseine.catalog.ingest.RecordIds;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.DatasetRecord;
import fr.hautsdeseine.catalog.store.WriteOutcome;
import fr.hautsdeseine.catalog.validation.Profile;
import fr.hautsdeseine.catalog.validation.RecordReport;
import fr.hautsdeseine.catalog.validation.RecordValidator;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import fr.hautsdeseine.catalog.vocab.DCAT3;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creating, editing, publishing and withdrawing a record from the back office. A save is a draft
 * (validated, stored privately, never public); publishing sends the draft through the importer, so it
 * meets the same shapes, all or nothing, as every other write. An editor or partner touches only
 * records of their own publishers, before and after the change.
 */
public final class RecordEditor {
    private static final Logger log = LoggerFactory.getLogger(RecordEditor.class);

    private final CatalogStore store;
    private final Importer importer;
    private final RecordValidator validator;
    private final Drafts drafts;
    private final FormChoices choices;
    private final FormGraph forms;
    private final AuditLog audit;
    private final Clock clock;
    private final RecordHistory history;

    public RecordEditor(CatalogStore store, Importer importer, RecordValidator validator, Drafts drafts,
                        FormChoices choices, AuditLog audit, Clock clock) {
        this.store = store;
        this.importer = importer;
        this.validator = validator;
        this.drafts = drafts;
        this.choices = choices;
        this.forms = new FormGraph(store.iris());
        this.audit = audit;
        this.clock = clock;
        this.history = new RecordHistory(store);
    }

    public Drafts drafts() {
        return drafts;
    }

    public FormChoices choices() {
        return choices;
    }

    private volatile FieldRules rules;

    /** Mandatory and recommended fields, from the shapes (worked out on first use). */
    public FieldRules rules() {
        FieldRules known = rules;
        if (known == null) {
            rules = known = FieldRules.derive(validator, forms, store.iris().dataset("skeleton").getURI());
        }
        return known;
    }

    /** A new record's form, with the account's first publisher chosen. */
    public Editing blank(Account account) {
        DatasetForm form = DatasetForm.empty();
        if (!account.publishers().isEmpty()) {
            form = form.withPublisher(account.publishers().get(0));
        }
        return new Editing("", form, List.of(), false, false);
    }

    /** The draft if there is one, else the published version, with its SHACL results on the fields. */
    public Editing open(Account account, String id) {
        Optional<Graph> draft = drafts.find(id);
        Optional<Graph> published = store.record(id);
        Graph content = draft.or(() -> published).orElseThrow(() -> new NoSuchRecordException(id));
        requireOwn(account, id, publisherOf(content, id));
        DatasetForm form = forms.fromGraph(content, datasetOf(content, id));
        List<FieldIssue> issues = draft.isPresent() ? issues(account, id, content, form) : storedIssues(id, content, form);
        return new Editing(id, form, issues, draft.isPresent(), published.isPresent());
    }

    /** Only a form button (add a row, read a CSV file): the same form, not saved. */
    public Editing unsaved(String id, DatasetForm form) {
        return new Editing(id, form, List.of(), !id.isEmpty() && drafts.find(id).isPresent(),
                !id.isEmpty() && store.record(id).isPresent());
    }

    /**
     * Validates the form and saves it as the record's draft, whatever its results: violations block
     * publication, not saving. {@code id} is empty for a new record, whose id comes from the identifier.
     */
    public Editing save(Account account, String id, DatasetForm form) {
        boolean isNew = id.isEmpty();
        String recordId = isNew ? form.identifier() : id;
        Optional<FieldIssue> wrongId = identifierProblem(isNew, recordId, form);
        if (wrongId.isPresent()) {
            return new Editing(id, form, List.of(wrongId.get()), !isNew && drafts.find(id).isPresent(),
                    !isNew && store.record(id).isPresent());
        }
        Optional<Graph> previous = drafts.find(recordId).or(() -> store.record(recordId));
        previous.ifPresent(graph -> requireOwn(account, recordId, publisherOf(graph, recordId)));
        requireOwn(account, recordId, Optional.of(form.publisher()).filter(p -> !p.isEmpty()));
        Graph publisher = choices.publisher(form.publisher()).map(FormChoices.Publisher::description)
                .orElse(GraphFactory.createDefaultGraph());
        String datasetIri = previous.map(graph -> datasetOf(graph, recordId)).orElse(store.iris().dataset(recordId)).getURI();
        // The UTC date: harvesters read a date as its day in UTC, so the Paris date would be "in the future"
        // to them between midnight and one or two in the morning.
        Model model = forms.toModel(form, datasetIri, publisher, LocalDate.now(clock.withZone(ZoneOffset.UTC)), previous);
        DatasetRecord record = single(model);
        drafts.save(recordId, record.content());
        audit.record(account.email(), "draft saved", recordId, "back office");
        log.info("[back office] draft of {} saved by {}", recordId, account.email());
        DatasetForm saved = forms.fromGraph(record.content(), record.dataset());
        return new Editing(recordId, saved, issues(account, recordId, record.content(), saved), true,
                store.record(recordId).isPresent());
    }

    /**
     * Publishes the draft through the importer.
     *
     * @throws fr.hautsdeseine.catalog.validation.ValidationFailedException when it has a violation; nothing is written
     */
    public WriteOutcome publish(Account account, String id) {
        Graph draft = drafts.find(id).orElseThrow(() -> new NoSuchRecordException(id));
        requireOwn(account, id, publisherOf(draft, id));
        store.record(id).ifPresent(stored -> requireOwn(account, id, publisherOf(stored, id)));
        DatasetRecord record = new DatasetRecord(id, datasetOf(draft, id), draft);
        WriteOutcome outcome = importer.store(List.of(record), "backoffice", actor(account), profile(account)).get(id);
        drafts.remove(id);
        audit.record(account.email(), "published " + outcome.label(), id, "back office");
        log.info("[back office] record {} published ({}) by {}", id, outcome.label(), account.email());
        return outcome;
    }

    /** Withdraws the public version; a draft, if any, stays. */
    public void withdraw(Account account, String id) {
        Graph stored = store.record(id).orElseThrow(() -> new NoSuchRecordException(id));
        requireOwn(account, id, publisherOf(stored, id));
        store.withdraw(id, actor(account));
        audit.record(account.email(), "withdrawn", id, "back office");
        log.info("[back office] record {} withdrawn by {}", id, account.email());
    }

    /** The published versions of a record the account may open, oldest first. */
    public List<RecordHistory.Version> history(Account account, String id) {
        List<RecordHistory.Version> versions = history.versions(id);
        Optional<Graph> latest = drafts.find(id).or(() -> store.record(id)).or(() -> versions.stream()
                .filter(v -> !v.withdrawal()).reduce((a, b) -> b).map(RecordHistory.Version::content));
        Graph content = latest.orElseThrow(() -> new NoSuchRecordException(id));
        requireOwn(account, id, publisherOf(content, id));
        return versions;
    }

    /** The fields that differ between two versions of a record the account may open. */
    public List<RecordHistory.Difference> diff(Account account, String id, long from, long to) {
        history(account, id);
        RecordHistory.Version before = history.version(id, from).orElseThrow(() -> new NoSuchRecordException(id + "@" + from));
        RecordHistory.Version after = history.version(id, to).orElseThrow(() -> new NoSuchRecordException(id + "@" + to));
        return history.diff(before, after, datasetOf(after.content(), id));
    }

    /**
     * Makes an older version the record's draft: publishing it (after the usual validation and
     * confirmation) makes it the newest version; the versions in between stay in the history.
     */
    public void restore(Account account, String id, long sequence) {
        history(account, id);
        RecordHistory.Version version = history.version(id, sequence)
                .orElseThrow(() -> new NoSuchRecordException(id + "@" + sequence));
        Graph content = history.contentForRestore(version, id);
        requireOwn(account, id, publisherOf(content, id));
        drafts.save(id, content);
        audit.record(account.email(), "version " + sequence + " restored as draft", id, "back office");
        log.info("[back office] version {} of {} restored as a draft by {}", sequence, id, account.email());
    }

    /** Drops the draft; the public version, if any, is unchanged. */
    public void discard(Account account, String id) {
        Graph draft = drafts.find(id).orElseThrow(() -> new NoSuchRecordException(id));
        requireOwn(account, id, publisherOf(draft, id));
        drafts.remove(id);
        audit.record(account.email(), "draft discarded", id, "back office");
    }

    /** The French title of the draft, else of the published version; the id when it has none. */
    public String titleOf(String id) {
        return drafts.find(id).or(() -> store.record(id))
                .map(content -> forms.fromGraph(content, datasetOf(content, id)).titleFr())
                .filter(title -> !title.isEmpty()).orElse(id);
    }

    /** Whether the account may see the record in lists. */
    public boolean mayOpen(Account account, String id) {
        Optional<Graph> content = drafts.find(id).or(() -> store.record(id));
        return content.isPresent() && account.mayEdit(publisherOf(content.get(), id).orElse(null));
    }

    private Optional<FieldIssue> identifierProblem(boolean isNew, String recordId, DatasetForm form) {
        if (!isNew && !form.identifier().equals(recordId)) {
            return Optional.of(new FieldIssue("identifier", true,
                    "L'identifiant d'un jeu de données publié ne change pas : il reste « " + recordId + " ».",
                    "A dataset's identifier does not change: it stays '" + recordId + "'.", "dct:identifier", form.identifier()));
        }
        if (!RecordIds.isValidId(recordId)) {
            return Optional.of(new FieldIssue("identifier", true,
                    "L'identifiant est obligatoire : lettres, chiffres, « - » et « _ » seulement.",
                    "The identifier is mandatory: letters, digits, '-' and '_' only.", "dct:identifier", recordId));
        }
        if (isNew && (drafts.find(recordId).isPresent() || store.record(recordId).isPresent())) {
            return Optional.of(new FieldIssue("identifier", true,
                    "Un jeu de données « " + recordId + " » existe déjà : ouvrez-le pour le modifier.",
                    "A dataset '" + recordId + "' already exists: open it to change it.", "dct:identifier", recordId));
        }
        return Optional.empty();
    }

    /** The form's document split into its one record, as the importer does for every write. */
    private DatasetRecord single(Model model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, Lang.NTRIPLES);
        List<DatasetRecord> records = importer.parse(out.toByteArray(), RdfSyntax.N_TRIPLES, store.iris().documentBase());
        return records.get(0);
    }

    private List<FieldIssue> issues(Account account, String id, Graph content, DatasetForm form) {
        Node dataset = datasetOf(content, id);
        RecordReport report = validator.validate(new DatasetRecord(id, dataset, content), profile(account));
        return FieldIssues.place(report.issues(), content, form, dataset.getURI());
    }

    /** The warnings a published record was stored with. */
    private List<FieldIssue> storedIssues(String id, Graph content, DatasetForm form) {
        return store.report(id).map(report -> FieldIssues.place(RecordValidator.issues(report), content, form,
                datasetOf(content, id).getURI())).orElse(List.of());
    }

    /** The portal's team writes under the whole portal profile; a partner's records get its rules as warnings. */
    private static Profile profile(Account account) {
        return account.role() == Role.PARTNER ? Profile.PARTNER : Profile.PORTAL;
    }

    /** The record's one dataset (or series): a partner's own IRI, or the one the catalog minted. */
    private Node datasetOf(Graph content, String id) {
        for (Node type : List.of(DCAT.Dataset.asNode(), DCAT3.DatasetSeries.asNode())) {
            Optional<Node> found = content.find(Node.ANY, RDF.type.asNode(), type).nextOptional().map(Triple::getSubject);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return store.iris().dataset(id);
    }

    private Optional<String> publisherOf(Graph content, String id) {
        Node dataset = datasetOf(content, id);
        return content.find(dataset, DCTerms.publisher.asNode(), Node.ANY).nextOptional().map(Triple::getObject)
                .filter(Node::isURI).map(Node::getURI);
    }

    /** How the change log names a back-office write. */
    private static String actor(Account account) {
        return "backoffice:" + account.email();
    }

    private static void requireOwn(Account account, String id, Optional<String> publisher) {
        if (!account.mayEdit(publisher.orElse(null))) {
            throw new NotYourRecordException(account.email() + " may not change record '" + id + "' of "
                    + publisher.map(p -> "<" + p + ">").orElse("no publisher"));
        }
    }
}
