package fr.hautsdeseine.catalog.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;

/** Validation reports for people: a JSON-ready summary, text lines, or all reports as one RDF graph. */
public final class ReportSummaries {
    private ReportSummaries() {
    }

    public static Map<String, Object> summary(List<RecordReport> reports) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (RecordReport report : reports) {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("id", report.id());
            record.put("conforms", report.conforms());
            record.put("violations", report.violations());
            record.put("warnings", report.warnings());
            record.put("results", report.issues().stream().map(ReportSummaries::result).toList());
            records.add(record);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("conforms", reports.stream().allMatch(RecordReport::conforms));
        summary.put("records", records);
        return summary;
    }

    /** One line per result, indented under a line per record, for the command line. */
    public static List<String> lines(RecordReport report) {
        List<String> lines = new ArrayList<>();
        lines.add(report.id() + ": " + (report.conforms() ? "conforms" : "does not conform") + " ("
                + report.violations() + " violations, " + report.warnings() + " warnings)");
        for (ValidationIssue issue : report.issues()) {
            lines.add("  " + issue.severity() + " " + issue.path() + " on " + issue.focusNode()
                    + (issue.value().isEmpty() ? "" : " value " + issue.value()) + ": " + issue.messageEn()
                    + " / " + issue.messageFr());
        }
        return lines;
    }

    /** Every report's triples in one graph, for RDF answers. */
    public static Graph graph(List<RecordReport> reports) {
        Graph all = GraphFactory.createDefaultGraph();
        all.getPrefixMapping().setNsPrefix("sh", "http://www.w3.org/ns/shacl#");
        reports.forEach(report -> report.graph().find().forEachRemaining(all::add));
        return all;
    }

    private static Map<String, Object> result(ValidationIssue issue) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("severity", issue.severity());
        result.put("focusNode", issue.focusNode());
        result.put("path", issue.path());
        result.put("value", issue.value());
        result.put("message", Map.of("fr", issue.messageFr(), "en", issue.messageEn()));
        result.put("shape", issue.shape());
        return result;
    }
}
