package fr.hautsdeseine.catalog.backoffice;

import fr.hautsdeseine.catalog.site.Lang;
import fr.hautsdeseine.catalog.site.Messages;
import java.util.ArrayList;
import java.util.List;

/** What the record form's template asks while it writes each field: its level, its results, its choices. */
public record RecordFormView(Editing editing, FieldRules rules, FormChoices choices, Lang lang, Messages.Words t,
                             String notice) {

    public static final List<String> DATATYPES = List.of("string", "integer", "decimal", "boolean", "date", "dateTime",
            "anyURI");

    public DatasetForm form() {
        return editing.form();
    }

    public List<FieldIssue> issues(String field) {
        return editing.at(field);
    }

    public String message(FieldIssue issue) {
        return issue.message(lang);
    }

    /** The field's wrapper class: marked when a result is about it. */
    public String fieldClass(String field) {
        List<FieldIssue> issues = issues(field);
        if (issues.stream().anyMatch(FieldIssue::violation)) {
            return "field has-error";
        }
        return issues.isEmpty() ? "field" : "field has-warning";
    }

    /** aria-invalid for a field with a violation; null (no attribute) otherwise. */
    public String invalid(String field) {
        return issues(field).stream().anyMatch(FieldIssue::violation) ? "true" : null;
    }

    /** The ids of the field's messages (and hint), for aria-describedby; null when there are none. */
    public String describedBy(String field) {
        StringBuilder ids = new StringBuilder();
        if (rules.recommended(field)) {
            ids.append(field).append("-hint");
        }
        if (!issues(field).isEmpty()) {
            ids.append(ids.length() > 0 ? " " : "").append(field).append("-issues");
        }
        return ids.length() == 0 ? null : ids.toString();
    }

    public String labelClass(String field) {
        return rules.required(field) ? "required" : null;
    }

    public boolean recommended(String field) {
        return rules.recommended(field);
    }

    public boolean required(String field) {
        return rules.required(field);
    }

    public String label(Choice choice) {
        return choice.label(lang);
    }

    /**
     * The places to tick: the shipped list, then any other place IRI the record names (kept on the form,
     * ticked, so that saving does not drop it).
     */
    public List<Choice> places() {
        List<Choice> places = new ArrayList<>(choices.places());
        form().places().stream().filter(iri -> places.stream().noneMatch(p -> p.iri().equals(iri)))
                .forEach(iri -> places.add(new Choice(iri, iri, iri)));
        return places;
    }

    /** A place's input id: its INSEE code for the shipped ones, else its position. */
    public String placeId(Choice place, int index) {
        String code = place.iri().substring(place.iri().lastIndexOf('/') + 1);
        return "place-" + (code.matches("[0-9A-Za-z]+") ? code : "other-" + index);
    }

    public List<String> datatypes() {
        return DATATYPES;
    }

    public List<FieldIssue> violations() {
        return editing.issues().stream().filter(FieldIssue::violation).toList();
    }

    public List<FieldIssue> warnings() {
        return editing.issues().stream().filter(issue -> !issue.violation()).toList();
    }

    /** Where the error summary's link for a result goes: its field, else the top of the form. */
    public String anchor(FieldIssue issue) {
        return "#" + (issue.field().isEmpty() ? "record-form" : issue.field());
    }

    public String action() {
        return editing.isNew() ? "/admin/datasets/new" : "/admin/datasets/" + editing.id();
    }
}
