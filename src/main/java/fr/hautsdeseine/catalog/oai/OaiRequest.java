package fr.hautsdeseine.catalog.oai;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The verb and arguments of one OAI-PMH request, checked as section 3 of the protocol asks: a known
 * verb, each argument once, only the arguments of that verb, the required ones present, a
 * {@code resumptionToken} alone, and dates in one of the two granularities.
 */
public record OaiRequest(String verb, Map<String, String> arguments) {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SECOND = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "Identify", Set.of(),
            "ListMetadataFormats", Set.of("identifier"),
            "ListSets", Set.of("resumptionToken"),
            "GetRecord", Set.of("identifier", "metadataPrefix"),
            "ListIdentifiers", Set.of("metadataPrefix", "from", "until", "set", "resumptionToken"),
            "ListRecords", Set.of("metadataPrefix", "from", "until", "set", "resumptionToken"));

    /** Reads the parameters of a GET query or a POST form; throws the OAI error they call for. */
    public static OaiRequest read(Map<String, List<String>> parameters) {
        List<String> verbs = parameters.getOrDefault("verb", List.of());
        if (verbs.size() != 1) {
            throw OaiError.badVerb(verbs.isEmpty() ? "The verb argument is missing" : "The verb argument is repeated");
        }
        String verb = verbs.get(0);
        Set<String> allowed = ALLOWED.get(verb);
        if (allowed == null) {
            throw OaiError.badVerb("'" + verb + "' is not an OAI-PMH verb; use one of " + String.join(", ", ALLOWED.keySet().stream().sorted().toList()));
        }
        Map<String, String> arguments = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (name.equals("verb")) {
                continue;
            }
            if (!allowed.contains(name)) {
                throw OaiError.badArgument("'" + name + "' is not an argument of " + verb);
            }
            if (parameter.getValue().size() != 1) {
                throw OaiError.badArgument("The argument " + name + " is repeated");
            }
            arguments.put(name, parameter.getValue().get(0));
        }
        OaiRequest request = new OaiRequest(verb, Map.copyOf(arguments));
        request.checkRequired();
        return request;
    }

    private void checkRequired() {
        if (arguments.containsKey("resumptionToken")) {
            if (arguments.size() > 1) {
                throw OaiError.badArgument("resumptionToken is an exclusive argument: send it alone with the verb");
            }
            return;
        }
        List<String> required = switch (verb) {
            case "GetRecord" -> List.of("identifier", "metadataPrefix");
            case "ListIdentifiers", "ListRecords" -> List.of("metadataPrefix");
            default -> List.of();
        };
        for (String name : required) {
            if (!arguments.containsKey(name)) {
                throw OaiError.badArgument(verb + " needs the argument " + name);
            }
        }
    }

    public Optional<String> argument(String name) {
        return Optional.ofNullable(arguments.get(name));
    }

    /** A {@code from} or {@code until} date: a day (UTC) or a second, as the protocol writes them. */
    static Instant date(String name, String value, boolean until) {
        try {
            if (DAY.matcher(value).matches()) {
                LocalDate day = LocalDate.parse(value);
                return until ? day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1)
                        : day.atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (SECOND.matcher(value).matches()) {
                return Instant.parse(value);
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw OaiError.badArgument(name + " must be a date YYYY-MM-DD or a UTC time YYYY-MM-DDThh:mm:ssZ; got '" + value + "'");
    }

    /** Whether both dates have the same granularity, which the protocol requires (3.3.1). */
    static boolean sameGranularity(String from, String until) {
        return from.length() == until.length();
    }
}
