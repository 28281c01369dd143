package fr.hautsdeseine.catalog.validation;

import java.util.List;
import org.apache.jena.graph.Graph;

/**
 * The outcome of validating one record.
 *
 * @param id     the record id
 * @param issues every result, violations first
 * @param graph  the SHACL validation report as RDF
 */
public record RecordReport(String id, List<ValidationIssue> issues, Graph graph) {

    public boolean conforms() {
        return issues.stream().noneMatch(ValidationIssue::isViolation);
    }

    public long violations() {
        return issues.stream().filter(ValidationIssue::isViolation).count();
    }

    public long warnings() {
        return issues.size() - violations();
    }
}
