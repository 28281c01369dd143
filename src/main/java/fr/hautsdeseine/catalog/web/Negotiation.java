package fr.hautsdeseine.catalog.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP content negotiation (RFC 9110, 12.5.1): picks, among the media types a route offers, the
 * one the {@code Accept} header prefers. Each offer gets the quality of the most specific range
 * that matches it; ties go to the route's own order, so that no {@code Accept} or {@code *}{@code /*}
 * gets the route's first offer.
 */
final class Negotiation {
    private Negotiation() {
    }

    /** One media type a route can answer with, and what it stands for. */
    record Offer<T>(String mediaType, T value) {
    }

    private record Range(String type, String subtype, double quality) {
        int specificity() {
            return type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2;
        }

        boolean matches(String mediaType) {
            String[] parts = mediaType.split("/", 2);
            return (type.equals("*") || type.equals(parts[0])) && (subtype.equals("*") || subtype.equals(parts[1]));
        }
    }

    /** The preferred offer, or empty when the header accepts none of them. */
    static <T> Optional<T> choose(String accept, List<Offer<T>> offers) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(offers.get(0).value());
        }
        List<Range> ranges = parse(accept);
        Offer<T> best = null;
        double bestQuality = 0;
        for (Offer<T> offer : offers) {
            double quality = quality(ranges, offer.mediaType());
            if (quality > bestQuality) {
                best = offer;
                bestQuality = quality;
            }
        }
        return Optional.ofNullable(best).map(Offer::value);
    }

    private static double quality(List<Range> ranges, String mediaType) {
        Range chosen = null;
        for (Range range : ranges) {
            if (range.matches(mediaType) && (chosen == null || range.specificity() > chosen.specificity())) {
                chosen = range;
            }
        }
        return chosen == null ? 0 : chosen.quality();
    }

    private static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        for (String element : accept.split(",")) {
            String[] parts = element.split(";");
            String[] type = parts[0].trim().toLowerCase(Locale.ROOT).split("/", 2);
            if (type.length != 2 || type[0].isEmpty() || type[1].isEmpty()) {
                continue;
            }
            double quality = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].trim().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("q=")) {
                    quality = parseQuality(parameter.substring(2));
                }
            }
            ranges.add(new Range(type[0], type[1], quality));
        }
        return ranges;
    }

    private static double parseQuality(String value) {
        try {
            double quality = Double.parseDouble(value);
            return quality >= 0 && quality <= 1 ? quality : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
