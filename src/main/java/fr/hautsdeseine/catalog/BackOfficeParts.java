package fr.hautsdeseine.catalog;

import fr.hautsdeseine.catalog.accounts.Accounts;
import fr.hautsdeseine.catalog.accounts.FirstAdmin;
import fr.hautsdeseine.catalog.accounts.OidcSignIn;
import fr.hautsdeseine.catalog.accounts.SessionFile;
import fr.hautsdeseine.catalog.accounts.Sessions;
import fr.hautsdeseine.catalog.accounts.SignIn;
import fr.hautsdeseine.catalog.accounts.SignInThrottle;
import fr.hautsdeseine.catalog.backoffice.BackOffice;
import fr.hautsdeseine.catalog.backoffice.Drafts;
import fr.hautsdeseine.catalog.backoffice.FormChoices;
import fr.hautsdeseine.catalog.backoffice.RecordEditor;
import fr.hautsdeseine.catalog.backoffice.WorkList;
import fr.hautsdeseine.catalog.harvest.HarvestService;
import fr.hautsdeseine.catalog.ingest.Importer;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.config.BackOfficeConfig;
import fr.hautsdeseine.catalog.config.CatalogConfig;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;

/** Builds the back office's parts for the server: accounts, sessions, the first admin, the identity provider. */
final class BackOfficeParts {
    private BackOfficeParts() {
    }

    static BackOffice assemble(CatalogConfig config, BackOfficeConfig settings, Clock clock, CatalogStore store,
                               Importer importer, CatalogParts parts, HarvestService harvest) {
        Accounts accounts = Accounts.in(config.dataDir());
        settings.adminEmail().ifPresent(email -> FirstAdmin.ensure(accounts, email)
                .ifPresent(password -> announce(System.out, email, password)));
        var oidc = settings.oidc().map(provider -> new OidcSignIn(provider,
                URI.create(config.baseUrl() + "/admin/sign-in/oidc/callback"), clock));
        Sessions sessions = new Sessions(clock, settings.sessionIdle(), SessionFile.in(config.dataDir()));
        SignIn signIn = new SignIn(accounts, sessions, new SignInThrottle(clock), oidc);
        RecordEditor editor = new RecordEditor(store, importer, parts.validator(), Drafts.in(config.dataDir()),
                new FormChoices(parts.vocabularies(), store), parts.audit(), clock);
        return new BackOffice(signIn, editor, new WorkList(store, editor, harvest));
    }

    /** On the console only, never in the log: the password is a secret, shown this once. */
    private static void announce(PrintStream console, String email, String password) {
        console.println("First administrator " + email + " created; one-time password (change it at the first sign-in):");
        console.println("    " + password);
    }
}
