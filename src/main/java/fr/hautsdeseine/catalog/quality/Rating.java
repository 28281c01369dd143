package fr.hautsdeseine.catalog.quality;

import java.util.Locale;

/** data.europa.eu's rating of a total score out of 405. */
public enum Rating {
    EXCELLENT(351), GOOD(221), SUFFICIENT(121), BAD(0);

    private final int from;

    Rating(int from) {
        this.from = from;
    }

    public static Rating of(double points) {
        for (Rating rating : values()) {
            if (points >= rating.from) {
                return rating;
            }
        }
        return BAD;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The lowest total with this rating. */
    public int from() {
        return from;
    }
}
