package fr.hautsdeseine.catalog.accounts;

import java.util.Locale;

/** What a signed-in person may do in the back office. */
public enum Role {
    /** Everything: every record, users, harvest sources, partner tokens. */
    ADMIN,
    /** The records of the publishers assigned to them. */
    EDITOR,
    /** Their own publisher's records. */
    PARTNER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String value) {
        for (Role role : values()) {
            if (role.code().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return role;
            }
        }
        throw new IllegalArgumentException("The role must be admin, editor or partner, got '" + value + "'");
    }
}
