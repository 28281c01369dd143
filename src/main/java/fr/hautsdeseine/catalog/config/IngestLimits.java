package fr.hautsdeseine.catalog.config;

import java.util.Map;

/**
 * What one document or record may hold, whatever its door (API, validation, command line, harvest): past
 * these, parsers, the validator and writers would recurse or work beyond reason. Read from
 * {@code CATALOG_*} variables; each refusal names its variable.
 *
 * @param maxNestingDepth   brackets, braces and blank-node nesting in JSON, JSON-LD, Turtle and TriG
 * @param maxLiteralChars   characters of one literal
 * @param maxRecordTriples  triples of one record
 * @param maxBlankNodeDepth blank nodes one below the other in a record (RDF list cells not counted)
 */
public record IngestLimits(int maxNestingDepth, int maxLiteralChars, int maxRecordTriples, int maxBlankNodeDepth) {
    public static final String NESTING_DEPTH = "CATALOG_MAX_NESTING_DEPTH";
    public static final String LITERAL_CHARS = "CATALOG_MAX_LITERAL_CHARS";
    public static final String RECORD_TRIPLES = "CATALOG_MAX_RECORD_TRIPLES";
    public static final String BLANK_NODE_DEPTH = "CATALOG_MAX_BLANK_NODE_DEPTH";
    public static final IngestLimits DEFAULTS = new IngestLimits(100, 1_000_000, 200_000, 100);

    public IngestLimits {
        positive(NESTING_DEPTH, maxNestingDepth);
        positive(LITERAL_CHARS, maxLiteralChars);
        positive(RECORD_TRIPLES, maxRecordTriples);
        positive(BLANK_NODE_DEPTH, maxBlankNodeDepth);
    }

    public static IngestLimits fromEnvironment() {
        return from(System.getenv());
    }

    public static IngestLimits from(Map<String, String> env) {
        return new IngestLimits(
                (int) EnvironmentVariables.wholeNumber(env, NESTING_DEPTH, DEFAULTS.maxNestingDepth),
                (int) EnvironmentVariables.wholeNumber(env, LITERAL_CHARS, DEFAULTS.maxLiteralChars),
                (int) EnvironmentVariables.wholeNumber(env, RECORD_TRIPLES, DEFAULTS.maxRecordTriples),
                (int) EnvironmentVariables.wholeNumber(env, BLANK_NODE_DEPTH, DEFAULTS.maxBlankNodeDepth));
    }

    private static void positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }
}
