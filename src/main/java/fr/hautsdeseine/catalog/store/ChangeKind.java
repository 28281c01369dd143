package fr.hautsdeseine.catalog.store;

/** What a change log entry did to its record. */
public enum ChangeKind {
    /** The record was created or replaced: its patch removes the previous version and adds the new one. */
    PUT("put"),
    /** The record was withdrawn: a tombstone whose patch removes every quad the record had. */
    WITHDRAW("withdraw");

    private final String label;

    ChangeKind(String label) {
        this.label = label;
    }

    /** The word stored in the log. */
    public String label() {
        return label;
    }

    static ChangeKind fromLabel(String label) {
        for (ChangeKind kind : values()) {
            if (kind.label.equals(label)) {
                return kind;
            }
        }
        throw new IllegalStateException("Unknown change kind '" + label + "' in the change log");
    }
}
