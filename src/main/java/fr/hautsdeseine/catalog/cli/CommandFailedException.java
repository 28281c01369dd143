package fr.hautsdeseine.catalog.cli;

/** A command could not do its job; the message says why and what to do, and the exit code is 1. */
final class CommandFailedException extends RuntimeException {
    CommandFailedException(String message) {
        super(message);
    }
}
