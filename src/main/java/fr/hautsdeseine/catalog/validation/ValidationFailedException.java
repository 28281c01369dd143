package fr.hautsdeseine.catalog.validation;

import java.util.List;

/** At least one record breaks a rule at Violation level: nothing of the write is stored. */
public class ValidationFailedException extends RuntimeException {
    private final List<RecordReport> reports;

    public ValidationFailedException(List<RecordReport> reports) {
        super(message(reports));
        this.reports = List.copyOf(reports);
    }

    public List<RecordReport> reports() {
        return reports;
    }

    private static String message(List<RecordReport> reports) {
        long failing = reports.stream().filter(r -> !r.conforms()).count();
        long violations = reports.stream().mapToLong(RecordReport::violations).sum();
        return failing + " of " + reports.size() + " records break DCAT-AP or portal rules (" + violations
                + " violations); nothing was stored";
    }
}
