package fr.hautsdeseine.catalog.store;

/** What storing one record did. */
public enum WriteOutcome {
    CREATED, UPDATED, UNCHANGED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
