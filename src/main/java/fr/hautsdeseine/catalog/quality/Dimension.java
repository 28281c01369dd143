package fr.hautsdeseine.catalog.quality;

/** The five dimensions of data.europa.eu's Metadata Quality Assessment, with their maximum points. */
public enum Dimension {
    FINDABILITY("findability", 100),
    ACCESSIBILITY("accessibility", 100),
    INTEROPERABILITY("interoperability", 110),
    REUSABILITY("reusability", 75),
    CONTEXTUALITY("contextuality", 20);

    private final String key;
    private final int maxPoints;

    Dimension(String key, int maxPoints) {
        this.key = key;
        this.maxPoints = maxPoints;
    }

    /** Lower-case name, used in message keys and JSON. */
    public String key() {
        return key;
    }

    public int maxPoints() {
        return maxPoints;
    }

    /** The piveau metric that carries this dimension's points, e.g. {@code pv:findabilityScoring}. */
    public String scoringIri() {
        return Metric.PV + key + "Scoring";
    }
}
