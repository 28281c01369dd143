package fr.hautsdeseine.catalog.validation;

/** Which rules a record must meet. */
public enum Profile {
    /** Records the portal publishes itself: DCAT-AP 3, HVD and the whole portal profile. */
    PORTAL,
    /** Records from partners: DCAT-AP 3, HVD and the harvest contract; the portal profile only warns. */
    PARTNER;

    public static Profile parse(String value) {
        if (value == null || value.isBlank()) {
            return PORTAL;
        }
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "portal" -> PORTAL;
            case "partner" -> PARTNER;
            default -> throw new IllegalArgumentException("profile must be 'portal' or 'partner', got '" + value + "'");
        };
    }
}
