package fr.hautsdeseine.catalog.bench;

/**
 * One measured figure of one catalog size, with its target and whether the target is met.
 *
 * @param value   null when the figure could not be measured (see {@code note})
 * @param verdict {@code met}, {@code missed}, {@code not available yet}, or empty when there is no target
 */
public record Figure(int datasets, String measure, Double value, String unit, String target, String verdict, String note) {

    static Figure of(int datasets, String measure, double value, String unit) {
        return new Figure(datasets, measure, value, unit, "", "", "");
    }

    static Figure notAvailable(int datasets, String measure, String why) {
        return new Figure(datasets, measure, null, "", "", "not available yet", why);
    }

    /** The same figure judged against a target: at least {@code min}. */
    Figure atLeast(double min, String target) {
        return judged(target, value != null && value >= min);
    }

    /** The same figure judged against a target: below {@code max}. */
    Figure below(double max, String target) {
        return judged(target, value != null && value < max);
    }

    Figure withNote(String text) {
        return new Figure(datasets, measure, value, unit, target, verdict, text);
    }

    private Figure judged(String targetText, boolean met) {
        return new Figure(datasets, measure, value, unit, targetText, met ? "met" : "missed", note);
    }
}
