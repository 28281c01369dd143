package fr.hautsdeseine.catalog.site;

import fr.hautsdeseine.catalog.publish.OutputSyntax;
import fr.hautsdeseine.catalog.index.SearchResults;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom 1.0 feed (RFC 4287) of datasets, newest change first: one entry per dataset, identified by
 * its page's URL, updated when the dataset's {@code dct:modified} (else {@code dct:issued}) says.
 * Written with the JDK's XML writer, which escapes every value.
 */
public final class AtomFeed {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final Labels labels;
    private final SiteLinks links;

    public AtomFeed(Labels labels, SiteLinks links) {
        this.labels = labels;
        this.links = links;
    }

    /**
     * @param selfUrl    the feed's own URL, also its id
     * @param pageUrl    the HTML page that lists the same datasets
     * @param title      what the feed follows
     * @param author     who publishes the feed: the portal
     * @param lastChange when the catalog last changed: the feed's date when no entry has one
     */
    public void write(SearchResults results, String selfUrl, String pageUrl, String title, String author, Instant lastChange,
                      Lang lang, OutputStream out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml", javax.xml.XMLConstants.XML_NS_URI, "lang", lang.code());
            element(xml, "id", selfUrl);
            element(xml, "title", title);
            Instant updated = results.hits().stream().map(hit -> instant(hit.modified())).flatMap(Optional::stream)
                    .max(Instant::compareTo).orElse(lastChange);
            element(xml, "updated", updated.toString());
            link(xml, "self", "application/atom+xml", selfUrl);
            link(xml, "alternate", "text/html", pageUrl);
            xml.writeStartElement("author");
            element(xml, "name", author);
            xml.writeEndElement();
            for (SearchResults.Hit hit : results.hits()) {
                entry(xml, hit, lang, updated);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the Atom feed", e);
        }
    }

    private void entry(XMLStreamWriter xml, SearchResults.Hit hit, Lang lang, Instant fallback) throws XMLStreamException {
        xml.writeStartElement("entry");
        String page = links.dataset(hit.id());
        element(xml, "id", page);
        Text title = Text.pick(hit.titles(), lang);
        element(xml, "title", title.isEmpty() ? hit.id() : title.value());
        element(xml, "updated", instant(hit.modified()).orElse(fallback).toString());
        link(xml, "alternate", "text/html", page);
        link(xml, "alternate", OutputSyntax.TURTLE.mediaType(), page + "." + OutputSyntax.TURTLE.extension());
        Text description = Text.pick(hit.descriptions(), lang);
        if (!description.isEmpty()) {
            element(xml, "summary", description.value());
        }
        for (String publisher : hit.publishers()) {
            xml.writeStartElement("author");
            element(xml, "name", labels.orCode(publisher, lang).value());
            element(xml, "uri", publisher);
            xml.writeEndElement();
        }
        for (String theme : hit.themes()) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", theme);
            xml.writeAttribute("label", labels.orCode(theme, lang).value());
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    /** A date or date-time as an instant (a date, or a time without zone, is taken as UTC). */
    static Optional<Instant> instant(String lexical) {
        if (lexical == null || lexical.isBlank()) {
            return Optional.empty();
        }
        String text = lexical.trim();
        try {
            if (text.length() <= 10) {
                return Optional.of(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return Optional.of(OffsetDateTime.parse(text).toInstant());
            }
            return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The feed of a search page's URL (as {@link SearchState#url} writes it): the same filters, no order or
     * page, and {@code lang=en} for English.
     */
    public static String feedOf(String searchUrl, Lang lang) {
        int query = searchUrl.indexOf('?');
        String path = query < 0 ? searchUrl : searchUrl.substring(0, query);
        StringBuilder feed = new StringBuilder(path).append(".atom");
        if (query >= 0) {
            String separator = "?";
            for (String parameter : searchUrl.substring(query + 1).split("&")) {
                if (!parameter.startsWith("sort=") && !parameter.startsWith("page=")) {
                    feed.append(separator).append(parameter);
                    separator = "&";
                }
            }
        }
        if (lang != Lang.FR) {
            feed.append(feed.indexOf("?") < 0 ? "?" : "&").append("lang=").append(lang.code());
        }
        return feed.toString();
    }
}
