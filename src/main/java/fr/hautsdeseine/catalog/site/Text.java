package fr.hautsdeseine.catalog.site;

import java.util.List;
import java.util.Map;

/** A value and the language it is written in ("" when unknown), picked from a multilingual literal. */
public record Text(String value, String lang) {

    public static final Text EMPTY = new Text("", "");

    public static Text plain(String value) {
        return new Text(value, "");
    }

    /** The value in the page's language, else one without a tag, else French, else English, else any. */
    public static Text pick(Map<String, String> byLanguage, Lang lang) {
        for (String candidate : List.of(lang.code(), "", "fr", "en")) {
            String value = byLanguage.get(candidate);
            if (value != null) {
                return new Text(value, candidate);
            }
        }
        return byLanguage.entrySet().stream().findFirst().map(e -> new Text(e.getValue(), e.getKey())).orElse(EMPTY);
    }

    public boolean isEmpty() {
        return value.isBlank();
    }

    /** The {@code lang} attribute this value needs on a page in {@code page}: null (no attribute) when the same. */
    public String langOn(Lang page) {
        return lang.isEmpty() || lang.equalsIgnoreCase(page.code()) ? null : lang;
    }

    @Override
    public String toString() {
        return value;
    }
}
