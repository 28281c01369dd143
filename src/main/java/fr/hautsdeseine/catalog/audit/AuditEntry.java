package fr.hautsdeseine.catalog.audit;

/**
 * One write to the catalog.
 *
 * @param at     ISO-8601 instant
 * @param who    {@code admin}, {@code partner:<token id> <publisher>}, {@code cli:<user>}, {@code harvest:<source>}
 * @param action {@code created}, {@code updated} or {@code withdrawn}
 * @param record the record id
 * @param detail where the write came from (the API path, the harvest run IRI, the file)
 */
public record AuditEntry(String at, String who, String action, String record, String detail) {
}
