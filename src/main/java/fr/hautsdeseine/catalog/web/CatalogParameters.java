package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.ingest.RecordIds;
import fr.hautsdeseine.catalog.publish.CatalogFilter;
import fr.hautsdeseine.catalog.publish.PageRequest;
import fr.hautsdeseine.catalog.publish.PageStart;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The query parameters of the catalog's pages, read into a {@link PageRequest}. A bad value is a
 * 400 that says what is expected; parameters the catalog does not know are ignored.
 */
final class CatalogParameters {
    static final String DATA_THEME = "http://publications.europa.eu/resource/authority/data-theme/";
    static final List<String> THEME_CODES = List.of("AGRI", "ECON", "EDUC", "ENER", "ENVI", "GOVE", "HEAL", "INTR",
            "JUST", "OP_DATPRO", "REGI", "SOCI", "TECH", "TRAN");
    private static final int MAX_TEXT = 200;

    private final Map<String, List<String>> query;

    private CatalogParameters(Map<String, List<String>> query) {
        this.query = query;
    }

    static PageRequest read(Map<String, List<String>> query) {
        return new CatalogParameters(query).request();
    }

    private PageRequest request() {
        CatalogFilter filter = new CatalogFilter(
                value("modified_since", CatalogParameters::instant),
                value("theme", CatalogParameters::theme),
                value("publisher", CatalogParameters::publisher),
                value("hvd", CatalogParameters::bool),
                value("q", CatalogParameters::text));
        int pageSize = value("page_size", CatalogParameters::pageSize).orElse(PageRequest.DEFAULT_PAGE_SIZE);
        Optional<Integer> page = value("page", CatalogParameters::pageNumber);
        Optional<String> after = value("after", CatalogParameters::recordId);
        if (page.isPresent() && after.isPresent()) {
            throw bad("give page or after, not both");
        }
        PageStart start = after.map(PageStart::after).orElse(page.map(PageStart::number).orElse(PageStart.FIRST));
        return new PageRequest(filter, pageSize, start);
    }

    private <T> Optional<T> value(String name, Function<String, T> parser) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw bad(name + " must be given once; got it " + values.size() + " times");
        }
        return Optional.of(parser.apply(values.get(0)));
    }

    private static Instant instant(String value) {
        String text = value.trim().replaceFirst(" (\\d\\d:\\d\\d)$", "+$1");   // a '+' sent unencoded arrives as a space
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (text.endsWith("Z") || text.endsWith("z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(text.toUpperCase(java.util.Locale.ROOT)).toInstant();
            }
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw bad("modified_since must be an ISO 8601 date or date-time, like 2024-01-31 or 2024-01-31T12:00:00Z; got '"
                    + value + "'");
        }
    }

    private static String theme(String value) {
        if (THEME_CODES.contains(value.toUpperCase(java.util.Locale.ROOT))) {
            return DATA_THEME + value.toUpperCase(java.util.Locale.ROOT);
        }
        if (isHttpIri(value)) {
            return value;
        }
        throw bad("theme must be an IRI or a code of the EU data-theme table (" + String.join(", ", THEME_CODES)
                + "); got '" + value + "'");
    }

    private static String publisher(String value) {
        if (isHttpIri(value)) {
            return value;
        }
        throw bad("publisher must be an IRI, like https://example.org/publishers/city; got '" + value + "'");
    }

    private static boolean bool(String value) {
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        throw bad("hvd must be true or false; got '" + value + "'");
    }

    private static String text(String value) {
        if (value.isBlank() || value.length() > MAX_TEXT) {
            throw bad("q must hold between 1 and " + MAX_TEXT + " characters; got " + value.length());
        }
        return value.trim();
    }

    private static int pageSize(String value) {
        return wholeNumber(value, PageRequest.MAX_PAGE_SIZE,
                "page_size must be a whole number from 1 to " + PageRequest.MAX_PAGE_SIZE + "; got '" + value + "'");
    }

    private static int pageNumber(String value) {
        return wholeNumber(value, Integer.MAX_VALUE, "page must be a whole number from 1; got '" + value + "'");
    }

    private static String recordId(String value) {
        if (RecordIds.isValidId(value)) {
            return value;
        }
        throw bad("after must be a record id (letters, digits, '-' and '_'), as in the links of the catalog's pages; got '"
                + value + "'");
    }

    private static int wholeNumber(String value, int max, String message) {
        if (!value.matches("[0-9]{1,10}")) {
            throw bad(message);
        }
        long number = Long.parseLong(value);
        if (number < 1 || number > max) {
            throw bad(message);
        }
        return (int) number;
    }

    private static boolean isHttpIri(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && uri.getHost() != null
                    && (uri.getScheme().equals("http") || uri.getScheme().equals("https"));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static ApiException bad(String message) {
        return new ApiException(400, message);
    }
}
