package fr.hautsdeseine.catalog.generate;

import java.text.Normalizer;
import java.util.Locale;

/** Lower-case, accent-free, hyphenated forms of names, for ids and IRIs. */
final class Slugs {
    private Slugs() {
    }

    static String of(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replace("œ", "oe").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
