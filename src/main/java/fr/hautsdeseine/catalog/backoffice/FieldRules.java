package fr.hautsdeseine.catalog.backoffice;

import fr.hautsdeseine.catalog.store.DatasetRecord;
import fr.hautsdeseine.catalog.validation.Profile;
import fr.hautsdeseine.catalog.validation.RecordValidator;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;

/**
 * Which fields are mandatory and which recommended, as the project's shapes say: an empty form (one
 * empty distribution, one empty column) is validated under the portal profile once, and each result is
 * placed on its field like any other. A Violation makes the field mandatory, a Warning recommended.
 * The form thus follows the shapes as they change, with no second list of rules to keep in step.
 */
public final class FieldRules {
    public enum Level { REQUIRED, RECOMMENDED, OPTIONAL }

    private final Map<String, Level> levels;

    private FieldRules(Map<String, Level> levels) {
        this.levels = Map.copyOf(levels);
    }

    static FieldRules derive(RecordValidator validator, FormGraph forms, String datasetIri) {
        DatasetForm empty = new DatasetForm("skeleton", "", "", "", "", "", List.of(), "", "", "", "", List.of(), "",
                "2000-12-31",
                "", "", List.of(DatasetForm.Distribution.empty()),
                new DatasetForm.Notice("", "", "", "", List.of(new DatasetForm.Column("", "", "", ""))));
        Model model = forms.toModel(empty, datasetIri, GraphFactory.createDefaultGraph(), LocalDate.of(2000, 1, 1),
                Optional.empty());
        Graph content = model.getGraph();
        Node dataset = model.createResource(datasetIri).asNode();
        content.remove(dataset, DCTerms.identifier.asNode(), Node.ANY);
        content.remove(dataset, DCTerms.modified.asNode(), Node.ANY);
        var report = validator.validate(new DatasetRecord("skeleton", dataset, content), Profile.PORTAL);
        DatasetForm readBack = forms.fromGraph(content, dataset);
        Map<String, Level> levels = new HashMap<>();
        for (FieldIssue issue : FieldIssues.place(report.issues(), content, readBack, datasetIri)) {
            String field = generic(issue.field());
            Level level = issue.violation() ? Level.REQUIRED : Level.RECOMMENDED;
            levels.merge(field, level, (a, b) -> a == Level.REQUIRED || b == Level.REQUIRED ? Level.REQUIRED : a);
        }
        // Results about a whole part (a distribution, the dictionary) or about nothing on the form mark no field.
        levels.keySet().removeAll(List.of("", "dist-", "col-", "columns"));
        return new FieldRules(levels);
    }

    /** The level of a field; repeated fields are named without their number ({@code dist-format}). */
    public Level level(String field) {
        return levels.getOrDefault(generic(field), Level.OPTIONAL);
    }

    public boolean required(String field) {
        return level(field) == Level.REQUIRED;
    }

    public boolean recommended(String field) {
        return level(field) == Level.RECOMMENDED;
    }

    private static String generic(String field) {
        return field.replaceFirst("^(dist|col)-\\d+(-|$)", "$1-");
    }
}
