package fr.hautsdeseine.catalog.backoffice;

import fr.hautsdeseine.catalog.accounts.SignIn;

/** What the back office's pages work with, assembled by the server. */
public record BackOffice(SignIn signIn, RecordEditor editor, WorkList work) {
}
