package fr.hautsdeseine.catalog.validation;

/**
 * One SHACL result, as people read it.
 *
 * @param severity  Violation, Warning or Info
 * @param focusNode the node the rule judged (an IRI, or a blank node's label)
 * @param path      the property path, in prefixed form where a prefix is known ({@code dct:title})
 * @param value     the offending value, when there is one
 * @param messageFr the rule's message in French
 * @param messageEn the rule's message in English
 * @param shape     the IRI of the rule that reported it
 */
public record ValidationIssue(String severity, String focusNode, String path, String value,
                              String messageFr, String messageEn, String shape) {

    public boolean isViolation() {
        return "Violation".equals(severity);
    }
}
