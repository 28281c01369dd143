package fr.hautsdeseine.catalog.store;

/** Withdraws one record, leaving a tombstone in the change log: the one write the API makes outside the importer. */
@FunctionalInterface
public interface RecordWithdrawal {
    /** Whether there was a record {@code id} to withdraw; {@code actor} is who asked, for the change log. */
    boolean withdraw(String id, String actor);
}
