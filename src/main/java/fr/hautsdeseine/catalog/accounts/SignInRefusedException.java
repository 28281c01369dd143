package fr.hautsdeseine.catalog.accounts;

import java.time.Instant;
import java.util.Optional;

/** A password sign-in refused: a wrong email or password, or an email locked out until a given time. */
public final class SignInRefusedException extends RuntimeException {
    private final transient Optional<Instant> lockedUntil;

    public SignInRefusedException(Optional<Instant> lockedUntil) {
        super(lockedUntil.map(until -> "Too many failed sign-ins: try again after " + until)
                .orElse("Wrong email or password"));
        this.lockedUntil = lockedUntil;
    }

    public Optional<Instant> lockedUntil() {
        return lockedUntil;
    }
}
