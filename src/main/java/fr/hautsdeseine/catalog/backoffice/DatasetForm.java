package fr.hautsdeseine.catalog.backoffice;

import java.util.ArrayList;
import java.util.List;

/**
 * What the record form holds: a dataset, its distributions, its contact point and its explanatory notice
 * with the column dictionary, as the text of the fields (nothing parsed yet; {@link FormGraph} turns it
 * into RDF and the shapes judge it).
 */
public record DatasetForm(String identifier, String titleFr, String titleEn, String descriptionFr, String descriptionEn,
                          String publisher, List<String> themes, String keywords, String frequency, String language,
                          String hvdCategory, List<String> places, String temporalStart, String temporalEnd,
                          String contactName, String contactEmail, List<Distribution> distributions, Notice notice) {

    public DatasetForm {
        themes = List.copyOf(themes);
        places = List.copyOf(places);
        distributions = List.copyOf(distributions);
    }

    /** One file or service of the dataset; {@code iri} is empty until it was saved once. */
    public record Distribution(String iri, String title, String downloadUrl, String accessUrl, String format, String licence) {
        public static Distribution empty() {
            return new Distribution("", "", "", "", "", "");
        }

        public boolean isEmpty() {
            return (title + downloadUrl + accessUrl + format + licence).isBlank();
        }
    }

    /** The explanatory notice of the portal's data model. */
    public record Notice(String description, String production, String updatePolicy, String caveats, List<Column> columns) {
        public Notice {
            columns = List.copyOf(columns);
        }
    }

    /** One column of the dictionary; {@code datatype} is an XSD local name ({@code string}, {@code integer}...). */
    public record Column(String name, String title, String datatype, String description) {
        public static Column empty() {
            return new Column("", "", "string", "");
        }

        public boolean isEmpty() {
            return (name + title + description).isBlank();
        }
    }

    public static DatasetForm empty() {
        return new DatasetForm("", "", "", "", "", "", List.of(), "", "", "", "", List.of(), "", "", "", "",
                List.of(Distribution.empty()), new Notice("", "", "", "", List.of()));
    }

    public DatasetForm withDistributions(List<Distribution> changed) {
        return new DatasetForm(identifier, titleFr, titleEn, descriptionFr, descriptionEn, publisher, themes, keywords,
                frequency, language, hvdCategory, places, temporalStart, temporalEnd, contactName, contactEmail, changed,
                notice);
    }

    public DatasetForm withPublisher(String iri) {
        return new DatasetForm(identifier, titleFr, titleEn, descriptionFr, descriptionEn, iri, themes, keywords,
                frequency, language, hvdCategory, places, temporalStart, temporalEnd, contactName, contactEmail,
                distributions, notice);
    }

    public DatasetForm withColumns(List<Column> columns) {
        return new DatasetForm(identifier, titleFr, titleEn, descriptionFr, descriptionEn, publisher, themes, keywords,
                frequency, language, hvdCategory, places, temporalStart, temporalEnd, contactName, contactEmail,
                distributions,
                new Notice(notice.description(), notice.production(), notice.updatePolicy(), notice.caveats(), columns));
    }

    /** One more empty distribution, for the "add a distribution" button. */
    public DatasetForm withOneMoreDistribution() {
        List<Distribution> more = new ArrayList<>(distributions);
        more.add(Distribution.empty());
        return withDistributions(more);
    }

    public DatasetForm withOneMoreColumn() {
        List<Column> more = new ArrayList<>(notice.columns());
        more.add(Column.empty());
        return withColumns(more);
    }
}
