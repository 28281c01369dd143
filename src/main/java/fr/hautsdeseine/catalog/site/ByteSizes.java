package fr.hautsdeseine.catalog.site;

import java.text.NumberFormat;
import java.util.Locale;

/** File sizes as people read them: "41,9 Mo" in French, "41.9 MB" in English. */
final class ByteSizes {
    private static final String[] FR = {"o", "ko", "Mo", "Go", "To"};
    private static final String[] EN = {"B", "kB", "MB", "GB", "TB"};

    private ByteSizes() {
    }

    static String readable(String lexical, Lang lang) {
        if (lexical.isBlank()) {
            return "";
        }
        double size;
        try {
            size = Double.parseDouble(lexical.strip());
        } catch (NumberFormatException e) {
            return lexical;
        }
        String[] units = lang == Lang.FR ? FR : EN;
        int unit = 0;
        while (size >= 1000 && unit < units.length - 1) {
            size /= 1000;
            unit++;
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag(lang.code()));
        format.setMaximumFractionDigits(unit == 0 ? 0 : 1);
        return format.format(size) + "\u00a0" + units[unit];
    }
}
