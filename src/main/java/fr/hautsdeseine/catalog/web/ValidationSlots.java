package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.config.ValidationLimits;
import java.util.concurrent.Semaphore;

/** At most so many anonymous validations at once; the next one is answered 503 at once, never queued. */
final class ValidationSlots {
    static final int RETRY_AFTER_SECONDS = 10;

    private final Semaphore slots;
    private final int max;

    ValidationSlots(int max) {
        this.max = max;
        this.slots = new Semaphore(max);
    }

    /** Runs the validation in a slot, or refuses it (503) when all are taken; the slot is freed whatever happens. */
    void run(Runnable validation) {
        if (!slots.tryAcquire()) {
            throw new ApiException(503, "Too many validations are running (at most " + max + " at once, "
                    + ValidationLimits.MAX_CONCURRENT + "): retry in " + RETRY_AFTER_SECONDS + " seconds");
        }
        try {
            validation.run();
        } finally {
            slots.release();
        }
    }
}
