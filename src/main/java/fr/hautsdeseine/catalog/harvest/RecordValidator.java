package fr.hautsdeseine.catalog.harvest;

import fr.hautsdeseine.catalog.store.DatasetRecord;

/**
 * The one check each harvested record goes through before it is stored. A record whose outcome does
 * not conform is reported with its summary and not stored.
 */
@FunctionalInterface
public interface RecordValidator {

    /** Which rules apply: harvested partner records are checked against DCAT-AP 3 and the harvest contract. */
    enum Profile { HARVESTED }

    record Outcome(boolean conforms, String summary) {
        public static final Outcome CONFORMS = new Outcome(true, "conforms");

        public static Outcome violation(String summary) {
            return new Outcome(false, summary);
        }
    }

    Outcome validate(DatasetRecord record, Profile profile);

    /** Accepts every record: for wiring where no validation is wanted. */
    RecordValidator ACCEPT_ALL = (record, profile) -> Outcome.CONFORMS;
}
