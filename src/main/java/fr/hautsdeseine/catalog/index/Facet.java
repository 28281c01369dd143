package fr.hautsdeseine.catalog.index;

import java.util.Optional;

/** The dimensions a search can be narrowed by; {@link #param()} is both the index dimension and the URL parameter. */
public enum Facet {
    THEME("theme"),
    PUBLISHER("publisher"),
    KEYWORD("keyword"),
    FORMAT("format"),
    LICENCE("licence"),
    FREQUENCY("frequency"),
    HVD("hvd");

    private final String param;

    Facet(String param) {
        this.param = param;
    }

    public String param() {
        return param;
    }

    public static Optional<Facet> byParam(String param) {
        for (Facet facet : values()) {
            if (facet.param.equals(param)) {
                return Optional.of(facet);
            }
        }
        return Optional.empty();
    }
}
