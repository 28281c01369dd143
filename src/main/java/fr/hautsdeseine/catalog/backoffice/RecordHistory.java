package fr.hautsdeseine.catalog.backoffice;

import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.ChangeEntry;
import fr.hautsdeseine.catalog.store.ChangeKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The published versions of a record, read from the change log: who changed it, when, and what the
 * record was then. A diff compares two versions field by field, as the form shows them. Only the
 * record's own entries are read ({@code ChangeLog.readRecord}); versions pruned by retention are no
 * longer listed.
 */
public final class RecordHistory {
    private final CatalogStore store;
    private final FormGraph forms;

    public RecordHistory(CatalogStore store) {
        this.store = store;
        this.forms = new FormGraph(store.iris());
    }

    /** One version: a publication (with the record as it was then) or a withdrawal (no content). */
    public record Version(long sequence, Instant time, String actor, boolean withdrawal, Graph content) {
    }

    /** One field that differs between two versions. */
    public record Difference(String field, String before, String after) {
    }

    /** Every version still in the log, oldest first; changes of warnings alone are not versions. */
    public List<Version> versions(String id) {
        Node graph = store.iris().recordGraph(id);
        List<Version> versions = new ArrayList<>();
        for (ChangeEntry entry : store.changes().readRecord(id)) {
            if (entry.kind() == ChangeKind.WITHDRAW) {
                versions.add(new Version(entry.sequence(), entry.time(), entry.actor(), true, null));
            } else {
                Graph content = entry.addedTo(graph);
                if (!content.isEmpty()) {
                    versions.add(new Version(entry.sequence(), entry.time(), entry.actor(), false, content));
                }
            }
        }
        return versions;
    }

    public Optional<Version> version(String id, long sequence) {
        return versions(id).stream().filter(v -> v.sequence() == sequence && !v.withdrawal()).findFirst();
    }

    /** The record as it was in that version, without the catalog's own record of it: ready to save as a draft. */
    public Graph contentForRestore(Version version, String id) {
        Graph copy = GraphFactory.createDefaultGraph();
        Node catalogRecord = store.iris().catalogRecord(id);
        version.content().find().forEachRemaining(t -> {
            if (!t.getSubject().equals(catalogRecord)) {
                copy.add(t);
            }
        });
        return copy;
    }

    /** The fields that differ between two versions, in the form's order. */
    public List<Difference> diff(Version before, Version after, Node dataset) {
        Map<String, String> a = fields(forms.fromGraph(before.content(), dataset));
        Map<String, String> b = fields(forms.fromGraph(after.content(), dataset));
        Set<String> names = new LinkedHashSet<>(a.keySet());
        names.addAll(b.keySet());
        List<Difference> differences = new ArrayList<>();
        for (String name : names) {
            String x = a.getOrDefault(name, "");
            String y = b.getOrDefault(name, "");
            if (!x.equals(y)) {
                differences.add(new Difference(name, x, y));
            }
        }
        return differences;
    }

    /** The form flattened to field names (those of the form's inputs) and values. */
    static Map<String, String> fields(DatasetForm form) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("identifier", form.identifier());
        fields.put("title-fr", form.titleFr());
        fields.put("title-en", form.titleEn());
        fields.put("description-fr", form.descriptionFr());
        fields.put("description-en", form.descriptionEn());
        fields.put("publisher", form.publisher());
        fields.put("themes", String.join(" ", form.themes()));
        fields.put("keywords", form.keywords());
        fields.put("frequency", form.frequency());
        fields.put("language", form.language());
        fields.put("hvd-category", form.hvdCategory());
        fields.put("places", String.join(" ", form.places()));
        fields.put("temporal-start", form.temporalStart());
        fields.put("temporal-end", form.temporalEnd());
        fields.put("contact-name", form.contactName());
        fields.put("contact-email", form.contactEmail());
        for (int i = 0; i < form.distributions().size(); i++) {
            DatasetForm.Distribution d = form.distributions().get(i);
            fields.put("dist-" + i + "-title", d.title());
            fields.put("dist-" + i + "-download", d.downloadUrl());
            fields.put("dist-" + i + "-access", d.accessUrl());
            fields.put("dist-" + i + "-format", d.format());
            fields.put("dist-" + i + "-licence", d.licence());
        }
        fields.put("notice-description", form.notice().description());
        fields.put("notice-production", form.notice().production());
        fields.put("notice-update-policy", form.notice().updatePolicy());
        fields.put("notice-caveats", form.notice().caveats());
        for (int i = 0; i < form.notice().columns().size(); i++) {
            DatasetForm.Column c = form.notice().columns().get(i);
            fields.put("col-" + i + "-name", c.name());
            fields.put("col-" + i + "-title", c.title());
            fields.put("col-" + i + "-datatype", c.datatype());
            fields.put("col-" + i + "-description", c.description());
        }
        return fields;
    }
}
