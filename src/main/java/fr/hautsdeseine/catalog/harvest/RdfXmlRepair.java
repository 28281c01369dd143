package fr.hautsdeseine.catalog.harvest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs the two faults of GeoNetwork's RDF/XML that stop Jena's reader at the first one, and with
 * it the whole page, before the page is parsed:
 * <ul>
 *   <li>an {@code rdf:about} or {@code rdf:resource} value that no IRI grammar allows (two IRIs
 *       joined by a space): spaces around it are trimmed and the characters an IRI may not hold (white
 *       space, {@code < > " { } | \ ^ `}) percent-encoded;</li>
 *   <li>a property element with both {@code rdf:resource} and text (a theme IRI with its label):
 *       the IRI is kept, the text dropped.</li>
 * </ul>
 * Each repair is noted with the original value. The page is read byte for byte (as ISO-8859-1), so
 * that its own encoding is kept whatever it is; a page with nothing to repair keeps its bytes.
 */
final class RdfXmlRepair {
    /** An rdf:about or rdf:resource attribute (any prefix), its value between double or single quotes. */
    private static final Pattern IRI_ATTRIBUTE = Pattern.compile(
            "(\\s[\\w.-]+:(?:about|resource)\\s*=\\s*)(\"([^\"]*)\"|'([^']*)')");
    /** An element with attributes and text content only; it is repaired when an attribute is rdf:resource. */
    private static final Pattern ELEMENT_WITH_TEXT = Pattern.compile(
            "<([\\w.-]+:[\\w.-]+)((?:\\s+[\\w.:-]+\\s*=\\s*(?:\"[^\"]*\"|'[^']*'))+)\\s*>([^<]*\\S[^<]*)</\\1\\s*>");
    private static final Pattern RESOURCE_ATTRIBUTE = Pattern.compile("\\s[\\w.-]+:resource\\s*=");
    private static final String NOT_IN_IRI = " \t\r\n<>\"{}|\\^`";

    private RdfXmlRepair() {
    }

    /** The page with its faults repaired, and what was repaired. */
    record Repaired(byte[] body, List<Salvage.Repair> repairs) {
    }

    static Repaired repair(byte[] body, String pageUrl) {
        String where = "page <" + pageUrl + ">";
        String original = new String(body, StandardCharsets.ISO_8859_1);
        List<Salvage.Repair> repairs = new ArrayList<>();
        String text = replaceAll(original, IRI_ATTRIBUTE, attribute -> {
            boolean doubleQuoted = attribute.group(3) != null;
            String value = doubleQuoted ? attribute.group(3) : attribute.group(4);
            if (!needsRepair(value)) {
                return null;
            }
            repairs.add(note(Salvage.REPAIRED, "IRI", where, value, "characters no IRI may hold percent-encoded"));
            char quote = doubleQuoted ? '"' : '\'';
            return attribute.group(1) + quote + encode(value.strip()) + quote;
        });
        text = replaceAll(text, ELEMENT_WITH_TEXT, element -> {
            if (!RESOURCE_ATTRIBUTE.matcher(element.group(2)).find()) {
                return null;
            }
            repairs.add(note(Salvage.DROPPED, element.group(1), where, element.group(3).strip(),
                    "text beside its rdf:resource, which RDF/XML does not allow: the IRI is kept"));
            return "<" + element.group(1) + element.group(2) + "/>";
        });
        if (repairs.isEmpty()) {
            return new Repaired(body, List.of());
        }
        return new Repaired(text.getBytes(StandardCharsets.ISO_8859_1), List.copyOf(repairs));
    }

    /** Every match replaced by what the function gives, or left as it is when it gives null. */
    private static String replaceAll(String text, Pattern pattern, Function<Matcher, String> replacement) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (matcher.find()) {
            String replaced = replacement.apply(matcher);
            if (replaced == null) {
                continue;
            }
            out = out == null ? new StringBuilder(text.length() + 64) : out;
            out.append(text, copied, matcher.start()).append(replaced);
            copied = matcher.end();
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static Salvage.Repair note(String action, String property, String where, String latin1Value, String how) {
        String value = new String(latin1Value.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        return new Salvage.Repair(action, property, where, value, action + " " + property + " on " + where
                + " (\"" + value + "\"): " + how);
    }

    private static boolean needsRepair(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (NOT_IN_IRI.indexOf(value.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String encode(String value) {
        StringBuilder encoded = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (NOT_IN_IRI.indexOf(c) >= 0) {
                encoded.append('%').append(String.format("%02X", (int) c));
            } else {
                encoded.append(c);
            }
        }
        return encoded.toString();
    }
}
