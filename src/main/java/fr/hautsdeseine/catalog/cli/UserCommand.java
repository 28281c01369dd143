package fr.hautsdeseine.catalog.cli;

import fr.hautsdeseine.catalog.accounts.Account;
import fr.hautsdeseine.catalog.accounts.Accounts;
import fr.hautsdeseine.catalog.accounts.FirstAdmin;
import fr.hautsdeseine.catalog.accounts.Role;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code user add|passwd|remove|list}: the back office's local accounts, in {@code accounts.json} of the
 * data directory (a running server sees the change at once). Without {@code --password-stdin} a
 * one-time password is printed, to be changed at the first sign-in.
 */
@Command(name = "user", description = "Back-office accounts: add, passwd, remove, list.",
        subcommands = {UserCommand.Add.class, UserCommand.Passwd.class, UserCommand.Remove.class, UserCommand.ListUsers.class})
public final class UserCommand {
    /** What every subcommand shares: where the accounts are, and how errors end. */
    abstract static class Subcommand implements Callable<Integer> {
        @Mixin
        StoreOptions store = new StoreOptions();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try {
                return act(Accounts.in(store.config().dataDir()), out);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 1;
            }
        }

        abstract int act(Accounts accounts, PrintWriter out);
    }

    /** A password given on standard input (first line), else a one-time password made here. */
    abstract static class WithPassword extends Subcommand {
        @Option(names = "--password-stdin", description = "read the password from the first line of standard input")
        boolean fromStdin;

        String password() {
            if (!fromStdin) {
                return FirstAdmin.oneTimePassword();
            }
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null) {
                    throw new IllegalArgumentException("--password-stdin: standard input is empty");
                }
                return line;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void printOneTime(PrintWriter out, String email, String password) {
            if (!fromStdin) {
                out.printf("One-time password of %s (to be changed at the first sign-in):%n    %s%n", email, password);
            }
        }
    }

    @Command(name = "add", description = "Add an account.")
    static final class Add extends WithPassword {
        @Parameters(paramLabel = "EMAIL", description = "the account's email address")
        String email;

        @Option(names = "--role", required = true, description = "admin, editor or partner")
        String role;

        @Option(names = "--publisher", description = "publisher IRI whose records an editor or partner may change (repeatable)")
        List<String> publishers = List.of();

        @Option(names = "--oidc-only", description = "no password: signs in through the identity provider only")
        boolean oidcOnly;

        @Override
        int act(Accounts accounts, PrintWriter out) {
            String password = oidcOnly ? null : password();
            Account account = accounts.add(email, Role.parse(role), publishers, password, password != null && !fromStdin);
            out.printf("Added %s (%s)%n", account.email(), account.role().code());
            if (password != null) {
                printOneTime(out, account.email(), password);
            }
            return 0;
        }
    }

    @Command(name = "passwd", description = "Set an account's password.")
    static final class Passwd extends WithPassword {
        @Parameters(paramLabel = "EMAIL", description = "the account's email address")
        String email;

        @Override
        int act(Accounts accounts, PrintWriter out) {
            String password = password();
            accounts.setPassword(email, password, !fromStdin);
            out.printf("Password of %s changed%n", email);
            printOneTime(out, email, password);
            return 0;
        }
    }

    @Command(name = "remove", description = "Remove an account; its sessions end at their next request.")
    static final class Remove extends Subcommand {
        @Parameters(paramLabel = "EMAIL", description = "the account's email address")
        String email;

        @Override
        int act(Accounts accounts, PrintWriter out) {
            if (!accounts.remove(email)) {
                throw new IllegalArgumentException("No account '" + email + "'");
            }
            out.printf("Removed %s%n", email);
            return 0;
        }
    }

    @Command(name = "list", description = "List the accounts.")
    static final class ListUsers extends Subcommand {
        @Override
        int act(Accounts accounts, PrintWriter out) {
            for (Account account : accounts.list()) {
                out.printf("%s\t%s\t%s%s%n", account.email(), account.role().code(), String.join(" ", account.publishers()),
                        account.passwordHash() == null ? "\t(identity provider only)" : "");
            }
            return 0;
        }
    }
}
