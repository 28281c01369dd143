package fr.hautsdeseine.catalog.accounts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * One person who may sign in to the back office.
 *
 * @param email              the sign-in name, also matched against the identity provider's {@code email} claim
 * @param role               what they may do
 * @param publishers         publisher IRIs whose records an editor or partner may change (ignored for an admin)
 * @param passwordHash       Argon2id hash in PHC form; null for an account that signs in only through OpenID Connect
 * @param mustChangePassword true for a one-time password: the first page after sign-in asks for a new one
 */
public record Account(String email, Role role, List<String> publishers, String passwordHash, boolean mustChangePassword) {

    public Account {
        publishers = List.copyOf(publishers);
    }

    /** Whether this account may create or change a record published by {@code publisher} (null: none). */
    public boolean mayEdit(String publisher) {
        return role == Role.ADMIN || (publisher != null && publishers.contains(publisher));
    }

    @JsonIgnore
    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    Account withPassword(String hash, boolean oneTime) {
        return new Account(email, role, publishers, hash, oneTime);
    }
}
