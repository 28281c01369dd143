package fr.hautsdeseine.catalog.vocab;

import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;

/**
 * The vocabularies of ontology/, parsed on first use and then kept: a restart on a store that is up
 * to date never needs them until the first write or harvest, which keeps start-up short.
 */
public final class ShippedVocabularies implements Supplier<Graph> {
    private Map<String, Graph> each;
    private Graph union;

    public synchronized Map<String, Graph> each() {
        if (each == null) {
            each = Vocabularies.loadEach();
        }
        return each;
    }

    /** Every vocabulary in one graph. */
    @Override
    public synchronized Graph get() {
        if (union == null) {
            union = Vocabularies.union(each());
        }
        return union;
    }
}
