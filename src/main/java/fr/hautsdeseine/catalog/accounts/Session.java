package fr.hautsdeseine.catalog.accounts;

import java.time.Instant;

/**
 * A signed-in browser.
 *
 * @param id       the random value of the session cookie
 * @param email    whose account it is
 * @param csrf     the token every form of this session must send back
 * @param lastSeen when it was last used (idle expiry)
 */
public record Session(String id, String email, String csrf, Instant lastSeen) {
}
