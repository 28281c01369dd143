package fr.hautsdeseine.catalog.accounts;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

/**
 * The first admin of an empty account list, from {@code CATALOG_ADMIN_EMAIL}: a one-time password is
 * made, returned once for the operator to read, and must be changed at the first sign-in.
 */
public final class FirstAdmin {
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private FirstAdmin() {
    }

    /** The one-time password of the admin just created; empty when accounts already exist. */
    public static Optional<String> ensure(Accounts accounts, String email) {
        if (!accounts.isEmpty()) {
            return Optional.empty();
        }
        String password = oneTimePassword();
        accounts.add(email, Role.ADMIN, List.of(), password, true);
        return Optional.of(password);
    }

    /** Twenty characters from an alphabet without look-alikes (0, O, 1, l, I): about 116 bits. */
    public static String oneTimePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
