package fr.hautsdeseine.catalog.oai;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * What a ListIdentifiers or ListRecords request selects, and where its current list starts. The
 * resumption token carries all of it, so that the repository keeps no state per harvest: records
 * are listed in id order, and a token resumes after the last id it listed, so a record that exists
 * throughout a harvest is listed exactly once however the others change meanwhile.
 *
 * @param from  inclusive, as given (a day or a second), or empty
 * @param until inclusive, as given, or empty
 * @param after the id the list resumes after; empty for the first list
 */
record Selection(String verb, MetadataFormat format, Optional<String> set, Optional<String> from, Optional<String> until,
        Optional<String> after) {

    static Selection of(OaiRequest request) {
        Optional<String> token = request.argument("resumptionToken");
        if (token.isPresent()) {
            return decode(request.verb(), token.get());
        }
        String prefix = request.argument("metadataPrefix").orElseThrow();
        MetadataFormat format = MetadataFormat.of(prefix).orElseThrow(() -> OaiError.cannotDisseminateFormat(prefix));
        Selection selection = new Selection(request.verb(), format, request.argument("set"), request.argument("from"),
                request.argument("until"), Optional.empty());
        selection.check();
        return selection;
    }

    private void check() {
        Optional<Instant> start = fromInstant();
        Optional<Instant> end = untilInstant();
        if (from.isPresent() && until.isPresent()) {
            if (!OaiRequest.sameGranularity(from.get(), until.get())) {
                throw OaiError.badArgument("from and until must have the same granularity; got '" + from.get() + "' and '"
                        + until.get() + "'");
            }
            if (start.get().isAfter(end.get())) {
                throw OaiError.badArgument("from (" + from.get() + ") is later than until (" + until.get() + ")");
            }
        }
    }

    Optional<Instant> fromInstant() {
        return from.map(value -> OaiRequest.date("from", value, false));
    }

    Optional<Instant> untilInstant() {
        return until.map(value -> OaiRequest.date("until", value, true));
    }

    Selection resumingAfter(String id) {
        return new Selection(verb, format, set, from, until, Optional.of(id));
    }

    String token() {
        String plain = String.join("\n", "1", verb, format.prefix(), set.orElse(""), from.orElse(""), until.orElse(""),
                after.orElse(""));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    private static Selection decode(String verb, String token) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n", -1);
        } catch (IllegalArgumentException e) {
            throw OaiError.badResumptionToken("The resumption token '" + token + "' was not issued by this repository");
        }
        if (parts.length != 7 || !parts[0].equals("1") || !parts[1].equals(verb)
                || MetadataFormat.of(parts[2]).isEmpty() || parts[6].isEmpty()) {
            throw OaiError.badResumptionToken("The resumption token '" + token + "' was not issued by this repository for "
                    + verb);
        }
        Selection selection = new Selection(verb, MetadataFormat.of(parts[2]).get(), optional(parts[3]), optional(parts[4]),
                optional(parts[5]), Optional.of(parts[6]));
        try {
            selection.check();
        } catch (OaiError e) {
            throw OaiError.badResumptionToken("The resumption token '" + token + "' is not valid: " + e.getMessage());
        }
        return selection;
    }

    private static Optional<String> optional(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
