package fr.hautsdeseine.catalog.site;

import java.util.List;

/**
 * Everything the dataset page shows, already picked in the page's language. Strings are plain text
 * (templates escape them) except {@code descriptionHtml}, which {@link SafeMarkdown} produced.
 */
public record DatasetView(
        String id,
        Text title,
        Text description,
        String descriptionHtml,
        Link publisher,
        Contact contact,
        String temporalStart,
        String temporalEnd,
        List<Place> spatial,
        List<Link> themes,
        List<Text> hvdCategories,
        List<Link> keywords,
        Text frequency,
        List<Text> languages,
        String issued,
        String modified,
        Link licence,
        Link landingPage,
        List<DistributionView> distributions,
        NoticeView notice,
        List<Link> rdfLinks,
        String sparqlUrl,
        String jsonLd) {

    public record Contact(String name, String email, String url) {
    }

    /** A place the dataset covers: named (a commune, the Département: {@code geometry} empty) or a geometry (WKT). */
    public record Place(Text name, String geometry) {
    }

    public record DistributionView(Text title, Text description, Text format, String mediaType, String size,
            Link licence, String downloadUrl, String accessUrl) {
    }

    /** The explanatory notice; {@code columns} is the data dictionary. */
    public record NoticeView(Text description, Text production, Text updatePolicy, Text caveats, List<ColumnView> columns) {
    }

    public record ColumnView(String name, Text title, String datatype, Text description) {
    }
}
