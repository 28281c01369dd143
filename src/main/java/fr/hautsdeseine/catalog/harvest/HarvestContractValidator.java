package fr.hautsdeseine.catalog.harvest;

import fr.hautsdeseine.catalog.store.DatasetRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;

/**
 * The rules of the harvest contract the portal keeps with national harvesters, checked on each
 * harvested record: a title, and no {@code dct:modified} in the future. The SHACL validation of
 * DCAT-AP 3 takes this place (or wraps it) once wired in.
 */
public final class HarvestContractValidator implements RecordValidator {
    private final Clock clock;

    public HarvestContractValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Outcome validate(DatasetRecord record, Profile profile) {
        List<String> problems = new ArrayList<>();
        if (!record.content().contains(record.dataset(), DCTerms.title.asNode(), Node.ANY)) {
            problems.add("dct:title is missing");
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1);
        for (Triple modified : record.content().find(record.dataset(), DCTerms.modified.asNode(), Node.ANY).toList()) {
            Node value = modified.getObject();
            if (value.isLiteral() && isAfter(value.getLiteralLexicalForm(), today)) {
                problems.add("dct:modified " + value.getLiteralLexicalForm() + " is in the future");
            }
        }
        return problems.isEmpty() ? Outcome.CONFORMS : Outcome.violation(String.join("; ", problems));
    }

    private static boolean isAfter(String lexical, LocalDate limit) {
        try {
            return LocalDate.parse(lexical.length() >= 10 ? lexical.substring(0, 10) : lexical).isAfter(limit);
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
