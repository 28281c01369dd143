package fr.hautsdeseine.catalog.backoffice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a posted record form (field name to values) into a {@link DatasetForm}. Repeated parts are
 * numbered from 0: {@code dist-0-title}, {@code col-2-name}. Rows left entirely empty are dropped.
 */
public final class FormFields {
    /** More rows than this is not a form a person filled in. */
    static final int MAX_ROWS = 200;

    private final Map<String, List<String>> fields;

    public FormFields(Map<String, List<String>> fields) {
        this.fields = fields;
    }

    public DatasetForm read() {
        List<DatasetForm.Distribution> distributions = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS && fields.containsKey("dist-" + i + "-title"); i++) {
            String p = "dist-" + i + "-";
            var distribution = new DatasetForm.Distribution(one(p + "iri"), one(p + "title"), one(p + "download"), one(p + "access"),
                    one(p + "format"), one(p + "licence"));
            if (!distribution.isEmpty()) {
                distributions.add(distribution);
            }
        }
        List<DatasetForm.Column> columns = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS && fields.containsKey("col-" + i + "-name"); i++) {
            String p = "col-" + i + "-";
            var column = new DatasetForm.Column(one(p + "name"), one(p + "title"), one(p + "datatype"), one(p + "description"));
            if (!column.isEmpty()) {
                columns.add(column);
            }
        }
        return new DatasetForm(one("identifier"), one("title-fr"), one("title-en"), one("description-fr"),
                one("description-en"), one("publisher"), fields.getOrDefault("theme", List.of()).stream()
                .filter(v -> !v.isBlank()).toList(), one("keywords"), one("frequency"), one("language"),
                one("hvd-category"), fields.getOrDefault("place", List.of()).stream().filter(v -> !v.isBlank()).toList(),
                one("temporal-start"), one("temporal-end"), one("contact-name"),
                one("contact-email"), distributions, new DatasetForm.Notice(one("notice-description"),
                one("notice-production"), one("notice-update-policy"), one("notice-caveats"), columns));
    }

    /** Which button was pressed: save, add-distribution, add-column or read-csv. */
    public String action() {
        String action = one("action");
        return action.isEmpty() ? "save" : action;
    }

    private String one(String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0).strip();
    }
}
