package fr.hautsdeseine.catalog.oai;

import fr.hautsdeseine.catalog.index.RecordSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The repository's sets: {@code hvd} (high-value datasets), {@code publisher:{name}} and
 * {@code theme:{code}} (EU data themes and HVD categories), below the parent sets {@code publisher}
 * and {@code theme}. A name is the last segment of the publisher's or theme's IRI.
 */
final class OaiSets {
    static final String HVD = "hvd";
    static final String PUBLISHER = "publisher";
    static final String THEME = "theme";
    private static final Pattern NOT_IN_SPEC = Pattern.compile("[^A-Za-z0-9\\-_.!~*'()]");

    private OaiSets() {
    }

    /** The sets a record is in, the parent sets left out (they are implied). */
    static List<String> of(RecordSummary record) {
        List<String> sets = new ArrayList<>();
        if (record.hvd()) {
            sets.add(HVD);
        }
        record.publishers().stream().sorted().forEach(iri -> sets.add(PUBLISHER + ":" + name(iri)));
        record.themes().stream().sorted().forEach(iri -> sets.add(THEME + ":" + name(iri)));
        return sets;
    }

    /** Whether an item in these sets is in {@code set}, or in one below it. */
    static boolean contains(String set, List<String> specs) {
        for (String spec : specs) {
            if (spec.equals(set) || spec.startsWith(set + ":")) {
                return true;
            }
        }
        return false;
    }

    /** The last segment of an IRI, with every character a setSpec may not hold replaced by '-'. */
    static String name(String iri) {
        String trimmed = iri.endsWith("/") ? iri.substring(0, iri.length() - 1) : iri;
        int cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('#'));
        String last = trimmed.substring(cut + 1);
        return NOT_IN_SPEC.matcher(last).replaceAll("-");
    }
}
