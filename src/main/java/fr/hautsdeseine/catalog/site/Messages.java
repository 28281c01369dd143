package fr.hautsdeseine.catalog.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** The site's own words in each language, from {@code /site/messages-{lang}.properties} (UTF-8), or another set's. */
public final class Messages {
    private final Map<Lang, Properties> byLang = new EnumMap<>(Lang.class);

    public Messages() {
        this("site");
    }

    /** The words of {@code /{set}/messages-{lang}.properties}. */
    public Messages(String set) {
        for (Lang lang : Lang.values()) {
            byLang.put(lang, load("/" + set + "/messages-" + lang.code() + ".properties"));
        }
        Map<Object, Object> french = byLang.get(Lang.FR);
        for (Lang lang : Lang.values()) {
            if (!byLang.get(lang).keySet().equals(french.keySet())) {
                throw new IllegalStateException("The messages of '" + lang.code() + "' do not have the same keys as French");
            }
        }
    }

    /** The words of one language, as templates use them. */
    public Words in(Lang lang) {
        return new Words(lang, byLang.get(lang));
    }

    public record Words(Lang lang, Properties properties) {
        public String get(String key) {
            String value = properties.getProperty(key);
            if (value == null) {
                throw new IllegalArgumentException("No message '" + key + "'");
            }
            return value;
        }

        public String format(String key, Object... args) {
            return new MessageFormat(get(key), Locale.forLanguageTag(lang.code())).format(args);
        }
    }

    private static Properties load(String path) {
        try (InputStream in = Messages.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + path + " is missing from the build");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
