package fr.hautsdeseine.catalog.quality;

/**
 * The 23 metrics of data.europa.eu's Metadata Quality Assessment: piveau's metric IRI, dimension and
 * points when true. {@link #onDistribution} metrics are read on the dataset's best distribution;
 * the reachability metrics only score once the link checker has reached the URL.
 */
public enum Metric {
    KEYWORD("keywordAvailability", Dimension.FINDABILITY, 30, false),
    THEME("categoryAvailability", Dimension.FINDABILITY, 30, false),
    SPATIAL("spatialAvailability", Dimension.FINDABILITY, 20, false),
    TEMPORAL("temporalAvailability", Dimension.FINDABILITY, 20, false),

    ACCESS_URL_REACHABLE("accessUrlStatusCode", Dimension.ACCESSIBILITY, 50, true),
    DOWNLOAD_URL("downloadUrlAvailability", Dimension.ACCESSIBILITY, 20, true),
    DOWNLOAD_URL_REACHABLE("downloadUrlStatusCode", Dimension.ACCESSIBILITY, 30, true),

    FORMAT("formatAvailability", Dimension.INTEROPERABILITY, 20, true),
    MEDIA_TYPE("mediaTypeAvailability", Dimension.INTEROPERABILITY, 10, true),
    FORMAT_MEDIA_TYPE_VOCABULARY("formatMediaTypeVocabularyAlignment", Dimension.INTEROPERABILITY, 10, true),
    NON_PROPRIETARY("formatMediaTypeNonProprietary", Dimension.INTEROPERABILITY, 20, true),
    MACHINE_READABLE("formatMediaTypeMachineInterpretable", Dimension.INTEROPERABILITY, 20, true),
    DCAT_AP_COMPLIANCE("dcatApCompliance", Dimension.INTEROPERABILITY, 30, false),

    LICENCE("licenceAvailability", Dimension.REUSABILITY, 20, true),
    KNOWN_LICENCE("knownLicence", Dimension.REUSABILITY, 10, true),
    ACCESS_RIGHTS("accessRightsAvailability", Dimension.REUSABILITY, 10, false),
    ACCESS_RIGHTS_VOCABULARY("accessRightsVocabularyAlignment", Dimension.REUSABILITY, 5, false),
    CONTACT_POINT("contactPointAvailability", Dimension.REUSABILITY, 20, false),
    PUBLISHER("publisherAvailability", Dimension.REUSABILITY, 10, false),

    RIGHTS("rightsAvailability", Dimension.CONTEXTUALITY, 5, true),
    BYTE_SIZE("byteSizeAvailability", Dimension.CONTEXTUALITY, 5, true),
    DATE_ISSUED("dateIssuedAvailability", Dimension.CONTEXTUALITY, 5, true),
    DATE_MODIFIED("dateModifiedAvailability", Dimension.CONTEXTUALITY, 5, true);

    /** piveau's DQV vocabulary, whose terms data.europa.eu publishes its measurements with. */
    public static final String PV = "https://piveau.eu/ns/voc#";
    /** The total: {@code pv:scoring}. */
    public static final String SCORING = PV + "scoring";
    public static final int MAX_POINTS = 405;

    private final String localName;
    private final Dimension dimension;
    private final int points;
    private final boolean onDistribution;

    Metric(String localName, Dimension dimension, int points, boolean onDistribution) {
        this.localName = localName;
        this.dimension = dimension;
        this.points = points;
        this.onDistribution = onDistribution;
    }

    public String iri() {
        return PV + localName;
    }

    /** piveau's local name, also the key of the metric's messages and its JSON field. */
    public String key() {
        return localName;
    }

    public Dimension dimension() {
        return dimension;
    }

    public int points() {
        return points;
    }

    public boolean onDistribution() {
        return onDistribution;
    }
}
