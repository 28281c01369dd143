package fr.hautsdeseine.catalog.backoffice;

import java.util.List;

/**
 * A record as the form shows it.
 *
 * @param id        the record id; empty for a record not saved yet
 * @param form      the fields
 * @param issues    the SHACL results placed on the fields (empty before the first save)
 * @param draft     whether a draft is saved
 * @param published whether a version is public
 */
public record Editing(String id, DatasetForm form, List<FieldIssue> issues, boolean draft, boolean published) {

    public long violations() {
        return issues.stream().filter(FieldIssue::violation).count();
    }

    public long warnings() {
        return issues.size() - violations();
    }

    public List<FieldIssue> at(String field) {
        return issues.stream().filter(issue -> issue.field().equals(field)).toList();
    }

    /** The results no field of the form matches. */
    public boolean isNew() {
        return id.isEmpty();
    }
}
