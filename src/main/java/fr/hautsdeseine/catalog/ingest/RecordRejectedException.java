package fr.hautsdeseine.catalog.ingest;

import java.util.List;

/** A well-formed document whose datasets cannot become records; nothing of it is stored. */
public class RecordRejectedException extends RuntimeException {
    private final List<String> problems;

    public RecordRejectedException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public RecordRejectedException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
