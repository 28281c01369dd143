package fr.hautsdeseine.catalog.harvest;

import java.util.Locale;

/** How a partner publishes its catalog. */
public enum SourceType {
    /** Any DCAT endpoint, in any RDF syntax, paged with Hydra. */
    DCAT,
    /** A CKAN portal: its DCAT endpoint when it has one, else its action API. */
    CKAN,
    /** An Opendatasoft portal: its DCAT export when it has one, else its catalog API. */
    ODS,
    /** A CSW 2.0.2 catalogue (GeoNetwork) read with GetRecords in its DCAT output. */
    CSW;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SourceType parse(String text) {
        for (SourceType type : values()) {
            if (type.label().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown source type '" + text + "': use dcat, ckan, ods or csw");
    }
}
