package fr.hautsdeseine.catalog.sparql;

import java.util.Optional;

/**
 * How deep a query may nest groups, sub-queries and parentheses. ARQ's parser and algebra recurse once
 * per level: a sub-SELECT 2,000 deep overflowed the stack. Counted on the text, outside strings and
 * comments, before anything parses it.
 */
record QueryNesting(int max) {
    static final String SETTING = "CATALOG_SPARQL_MAX_NESTING";
    static final int DEFAULT = 64;

    static QueryNesting fromEnvironment() {
        String value = System.getenv(SETTING);
        if (value == null || value.isBlank()) {
            return new QueryNesting(DEFAULT);
        }
        try {
            int max = Integer.parseInt(value.trim());
            if (max <= 0) {
                throw new IllegalArgumentException(SETTING + " must be positive, got " + max);
            }
            return new QueryNesting(max);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SETTING + " must be a whole number, got '" + value + "'");
        }
    }

    Optional<String> refusal(String query) {
        int depth = 0;
        char quote = 0;
        boolean escaped = false;
        boolean comment = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (quote != 0) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (comment) {
                comment = c != '\n' && c != '\r';
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '<' && iriEnd(query, i) > 0) {
                i = iriEnd(query, i); // '#' and brackets inside an IRI count for nothing
            } else if (c == '#') {
                comment = true;
            } else if (c == '{' || c == '(' || c == '[') {
                if (++depth > max) {
                    return Optional.of("The query nests groups, sub-queries or parentheses more than " + max
                            + " deep, the limit of this endpoint (" + SETTING + ")");
                }
            } else if (c == '}' || c == ')' || c == ']') {
                depth = Math.max(0, depth - 1);
            }
        }
        return Optional.empty();
    }

    /** Where the IRI opened at {@code start} ends, or -1 when this {@code <} is a comparison. */
    private static int iriEnd(String query, int start) {
        for (int i = start + 1; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '>') {
                return i;
            }
            if (Character.isWhitespace(c) || c == '<' || c == '"' || c == '{' || c == '}') {
                return -1;
            }
        }
        return -1;
    }
}
