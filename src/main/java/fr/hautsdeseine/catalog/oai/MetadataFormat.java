package fr.hautsdeseine.catalog.oai;

import fr.hautsdeseine.catalog.publish.PublicationProfile;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The metadata formats every record is offered in. */
enum MetadataFormat {
    /** DCAT-AP 2.1.1 as RDF/XML: what data.europa.eu harvests. */
    DCAT_AP("dcat_ap", "https://www.w3.org/TR/rdf-syntax-grammar/", "http://www.w3.org/ns/dcat#",
            Optional.of(PublicationProfile.DCAT_AP_2)),
    /** DCAT-AP 3.0.1 as RDF/XML. */
    DCAT_AP_3("dcat_ap_3", "https://www.w3.org/TR/rdf-syntax-grammar/", "http://www.w3.org/ns/dcat#",
            Optional.of(PublicationProfile.DCAT_AP_3)),
    /** Unqualified Dublin Core, which every OAI-PMH repository must offer. */
    OAI_DC("oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd", "http://www.openarchives.org/OAI/2.0/oai_dc/",
            Optional.empty());

    private final String prefix;
    private final String schema;
    private final String namespace;
    private final Optional<PublicationProfile> profile;

    MetadataFormat(String prefix, String schema, String namespace, Optional<PublicationProfile> profile) {
        this.prefix = prefix;
        this.schema = schema;
        this.namespace = namespace;
        this.profile = profile;
    }

    String prefix() {
        return prefix;
    }

    String schema() {
        return schema;
    }

    String namespace() {
        return namespace;
    }

    /** The profile whose RDF/XML this format is; empty for Dublin Core. */
    Optional<PublicationProfile> profile() {
        return profile;
    }

    static Optional<MetadataFormat> of(String prefix) {
        return Arrays.stream(values()).filter(f -> f.prefix.equals(prefix)).findFirst();
    }

    static List<String> prefixes() {
        return Arrays.stream(values()).map(MetadataFormat::prefix).toList();
    }
}
