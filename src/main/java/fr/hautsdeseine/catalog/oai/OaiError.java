package fr.hautsdeseine.catalog.oai;

/**
 * An OAI-PMH error (OAI-PMH 2.0, section 3.6), answered inside a 200 response as the protocol asks.
 * {@code noMetadataFormats} and {@code noSetHierarchy} never arise here: every record is offered in
 * every format, and the repository has sets.
 */
public final class OaiError extends RuntimeException {
    private final String code;

    private OaiError(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }

    static OaiError badArgument(String message) {
        return new OaiError("badArgument", message);
    }

    static OaiError badResumptionToken(String message) {
        return new OaiError("badResumptionToken", message);
    }

    static OaiError badVerb(String message) {
        return new OaiError("badVerb", message);
    }

    static OaiError cannotDisseminateFormat(String prefix) {
        return new OaiError("cannotDisseminateFormat", "No metadata format '" + prefix + "'; offered: "
                + String.join(", ", MetadataFormat.prefixes()));
    }

    static OaiError idDoesNotExist(String identifier) {
        return new OaiError("idDoesNotExist", "No record '" + identifier + "' in this repository");
    }

    static OaiError noRecordsMatch() {
        return new OaiError("noRecordsMatch", "No record matches these arguments");
    }

    /** Whether the request element of the answer may carry the request's arguments (3.2: not for these two). */
    boolean echoesArguments() {
        return !code.equals("badVerb") && !code.equals("badArgument");
    }
}
