package fr.hautsdeseine.catalog.backoffice;

import fr.hautsdeseine.catalog.site.Messages;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A form field's readable name ("Distribution 2 · Format"), for diffs and lists that name fields by id. */
public final class FieldNames {
    private static final Pattern ROW = Pattern.compile("(dist|col)-(\\d+)-(.+)");
    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("identifier", "field.identifier"), Map.entry("title-fr", "field.titleFr"),
            Map.entry("title-en", "field.titleEn"), Map.entry("description-fr", "field.descriptionFr"),
            Map.entry("description-en", "field.descriptionEn"), Map.entry("publisher", "field.publisher"),
            Map.entry("themes", "field.themes"), Map.entry("keywords", "field.keywords"),
            Map.entry("frequency", "field.frequency"), Map.entry("language", "field.language"),
            Map.entry("hvd-category", "field.hvdCategory"), Map.entry("places", "field.places"),
            Map.entry("temporal-start", "field.temporalStart"),
            Map.entry("temporal-end", "field.temporalEnd"), Map.entry("contact-name", "field.contactName"),
            Map.entry("contact-email", "field.contactEmail"), Map.entry("notice-description", "field.noticeDescription"),
            Map.entry("notice-production", "field.noticeProduction"),
            Map.entry("notice-update-policy", "field.noticeUpdatePolicy"), Map.entry("notice-caveats", "field.noticeCaveats"),
            Map.entry("dist-title", "field.distTitle"), Map.entry("dist-download", "field.distDownload"),
            Map.entry("dist-access", "field.distAccess"), Map.entry("dist-format", "field.distFormat"),
            Map.entry("dist-licence", "field.distLicence"), Map.entry("col-name", "field.colName"),
            Map.entry("col-title", "field.colTitle"), Map.entry("col-datatype", "field.colDatatype"),
            Map.entry("col-description", "field.colDescription"));

    private FieldNames() {
    }

    public static String of(String field, Messages.Words t) {
        Matcher row = ROW.matcher(field);
        if (row.matches()) {
            String part = row.group(1).equals("dist") ? "record.distribution" : "history.column";
            String key = KEYS.get(row.group(1) + "-" + row.group(3));
            return t.format(part, Integer.parseInt(row.group(2)) + 1) + " · " + (key == null ? row.group(3) : t.get(key));
        }
        String key = KEYS.get(field);
        return key == null ? field : t.get(key);
    }
}
