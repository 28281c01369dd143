package fr.hautsdeseine.catalog.site;

import fr.hautsdeseine.catalog.publish.OutputSyntax;
import fr.hautsdeseine.catalog.publish.PublicationProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * One other representation of a page, for a {@code <link rel="alternate">} in its head, so that
 * crawlers and harvesters find the RDF from the HTML (as CKAN's dataset pages do).
 */
public record Alternate(String type, String href, String title) {

    /** A dataset's record in every syntax of the default profile, then in the other profiles as Turtle and RDF/XML. */
    public static List<Alternate> ofDataset(String base, String id, boolean highValue) {
        List<Alternate> alternates = new ArrayList<>();
        String record = base + "/datasets/" + id;
        for (OutputSyntax syntax : OutputSyntax.values()) {
            alternates.add(new Alternate(syntax.mediaType(), record + "." + syntax.extension(),
                    PublicationProfile.DCAT_AP_3.label() + ", " + syntax.label()));
        }
        for (PublicationProfile profile : PublicationProfile.values()) {
            if (profile == PublicationProfile.DCAT_AP_3 || (profile == PublicationProfile.HVD && !highValue)) {
                continue;
            }
            for (OutputSyntax syntax : List.of(OutputSyntax.TURTLE, OutputSyntax.RDF_XML)) {
                alternates.add(new Alternate(syntax.mediaType(), record + "." + syntax.extension() + "?profile=" + profile.token(),
                        profile.label() + ", " + syntax.label()));
            }
        }
        return alternates;
    }
}
