package fr.hautsdeseine.catalog.quality;

/** How a link check ended; each has its own code, kept with the result. */
public enum LinkOutcome {
    /** A status 200-299. */
    REACHABLE("reachable"),
    /** Any other final HTTP status (the status is kept beside). */
    HTTP_ERROR("http-error"),
    /** Not a URL, or not http/https. */
    INVALID_URL("invalid-url"),
    /** The host is outside CATALOG_HARVEST_ALLOWED_HOSTS. */
    HOST_NOT_ALLOWED("host-not-allowed"),
    /** No connection: unknown host, refused, reset. */
    CONNECTION_FAILED("connection-failed"),
    /** No answer within the time limit. */
    TIMEOUT("timeout"),
    /** More redirects than the limit, or a loop. */
    TOO_MANY_REDIRECTS("too-many-redirects");

    private final String code;

    LinkOutcome(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static LinkOutcome ofCode(String code) {
        for (LinkOutcome outcome : values()) {
            if (outcome.code.equals(code)) {
                return outcome;
            }
        }
        throw new IllegalArgumentException("Unknown link check outcome '" + code + "'");
    }
}
