package fr.hautsdeseine.catalog.backoffice;

import fr.hautsdeseine.catalog.site.Lang;

/**
 * One SHACL result placed on the form.
 *
 * @param field     the id of the form field it is about (the error summary links to it)
 * @param violation true for a Violation (blocks publication), false for a Warning or Info
 */
public record FieldIssue(String field, boolean violation, String messageFr, String messageEn, String path, String value) {

    public String message(Lang lang) {
        String message = lang == Lang.EN ? messageEn : messageFr;
        return message.isBlank() ? path : message;
    }
}
