package fr.hautsdeseine.catalog.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Every message with a placeholder goes through {@link MessageFormat}, where a single apostrophe opens a
 * quoted part: the apostrophe vanishes and the placeholders after it are printed as they are.
 */
class MessagePatternsTest {
    private static final List<String> FILES = List.of("/site/messages-fr.properties", "/site/messages-en.properties",
            "/backoffice/messages-fr.properties", "/backoffice/messages-en.properties");

    @Test
    void every_message_with_a_placeholder_keeps_its_apostrophes_and_fills_its_placeholders() throws IOException {
        Object[] args = {7, 8, 9, 10, 11, 12};
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (String file : FILES) {
            Properties messages = load(file);
            for (String key : messages.stringPropertyNames()) {
                String pattern = messages.getProperty(key);
                if (!pattern.matches("(?s).*\\{\\d.*")) {
                    continue;
                }
                checked++;
                String shown = new MessageFormat(pattern, Locale.FRENCH).format(args);
                long apostrophes = pattern.replace("''", "'").chars().filter(c -> c == '\'').count();
                if (shown.matches("(?s).*\\{\\d.*") || shown.chars().filter(c -> c == '\'').count() != apostrophes) {
                    broken.add(file + " " + key + " -> " + shown);
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
        assertThat(broken).isEmpty();
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagePatternsTest.class.getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
