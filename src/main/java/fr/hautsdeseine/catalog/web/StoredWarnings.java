package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.site.Lang;
import fr.hautsdeseine.catalog.store.RecordReader;
import fr.hautsdeseine.catalog.validation.RecordValidator;
import java.util.List;

/** The SHACL warnings a record was accepted with, as the dataset page lists them. */
final class StoredWarnings {
    private final RecordReader store;

    StoredWarnings(RecordReader store) {
        this.store = store;
    }

    /** One line per warning, "path: message", in the page's language. */
    List<String> of(String id, Lang lang) {
        return store.report(id).map(RecordValidator::issues).orElse(List.of()).stream()
                .filter(issue -> !issue.isViolation())
                .map(issue -> issue.path() + " : " + (lang == Lang.FR ? issue.messageFr() : issue.messageEn()))
                .distinct()
                .toList();
    }

}
