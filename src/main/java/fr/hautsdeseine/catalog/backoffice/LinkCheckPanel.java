package fr.hautsdeseine.catalog.backoffice;

import fr.hautsdeseine.catalog.quality.LinkCheckSummary;
import fr.hautsdeseine.catalog.site.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * The link checker's state as the back office's quality page shows it, in the page's language: whether a check
 * runs, when the last one was made, how many of the catalog's URLs it reached, and how the others failed (in the
 * words the public quality pages use for each outcome).
 *
 * @param lastChecked the newest check, in Paris time; empty when no URL was ever checked
 */
public record LinkCheckPanel(boolean running, String lastChecked, int urls, int checked, int unreachable,
                             int neverChecked, List<Failure> failures) {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** One way the last checks failed, and how many URLs it concerns. */
    public record Failure(String label, int urls) {
    }

    /** @param site the site's words, which name each link outcome ({@code link.*}) */
    public static LinkCheckPanel of(LinkCheckSummary summary, boolean running, Messages.Words site) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(Locale.forLanguageTag(site.lang().code())).withZone(PARIS);
        return new LinkCheckPanel(running, summary.lastChecked().map(when::format).orElse(""), summary.urls(),
                summary.checked(), summary.unreachable(), summary.neverChecked(),
                summary.failures().stream().map(f -> new Failure(
                        site.format("link." + f.outcome().code(), Integer.toString(f.status())), f.urls())).toList());
    }
}
