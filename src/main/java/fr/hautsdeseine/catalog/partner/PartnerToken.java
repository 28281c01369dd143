package fr.hautsdeseine.catalog.partner;

/**
 * A bearer token given to a partner: it writes only records whose {@code dct:publisher} is
 * {@code publisher}. Only the SHA-256 of the secret is kept.
 */
public record PartnerToken(String id, String publisher, String created, String sha256) {
}
