package fr.hautsdeseine.catalog.publish;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text made comparable regardless of case and accents: "Collèges" and "COLLEGES" fold alike. */
final class TextFolding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextFolding() {
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String bare = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return SPACES.matcher(bare).replaceAll(" ").trim();
    }
}
