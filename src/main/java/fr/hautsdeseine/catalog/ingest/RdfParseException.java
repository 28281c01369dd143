package fr.hautsdeseine.catalog.ingest;

import java.util.OptionalLong;

/** A document that is not well-formed in its syntax; line and column where the parser knows them. */
public class RdfParseException extends RuntimeException {
    private final OptionalLong line;
    private final OptionalLong column;

    public RdfParseException(String message, long line, long column) {
        super(message);
        this.line = line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
        this.column = column > 0 ? OptionalLong.of(column) : OptionalLong.empty();
    }

    public OptionalLong line() {
        return line;
    }

    public OptionalLong column() {
        return column;
    }

    /** The message with its position, as people read it. */
    public String describe() {
        if (line.isEmpty()) {
            return getMessage();
        }
        return "line " + line.getAsLong() + (column.isPresent() ? ", column " + column.getAsLong() : "") + ": " + getMessage();
    }
}
