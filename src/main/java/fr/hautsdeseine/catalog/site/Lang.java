package fr.hautsdeseine.catalog.site;

import java.util.Optional;

/** The languages the site speaks; French first. */
public enum Lang {
    FR, EN;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public Lang other() {
        return this == FR ? EN : FR;
    }

    public static Optional<Lang> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String primary = code.strip().toLowerCase(java.util.Locale.ROOT);
        int dash = primary.indexOf('-');
        primary = dash > 0 ? primary.substring(0, dash) : primary;
        for (Lang lang : values()) {
            if (lang.code().equals(primary)) {
                return Optional.of(lang);
            }
        }
        return Optional.empty();
    }
}
