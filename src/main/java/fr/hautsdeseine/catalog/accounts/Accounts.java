package fr.hautsdeseine.catalog.accounts;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * The back office's accounts, in one JSON file beside the store, readable by its owner only (never in
 * the store: the SPARQL endpoint is public). Read on every call, so that the command line may change
 * accounts while a server runs.
 */
public final class Accounts {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Path file;
    private final PasswordHasher hasher;
    private final ObjectMapper json = new ObjectMapper();

    public Accounts(Path file, PasswordHasher hasher) {
        this.file = file;
        this.hasher = hasher;
    }

    /** The accounts of the store in {@code dataDir}. */
    public static Accounts in(Path dataDir) {
        return new Accounts(dataDir.resolve("accounts.json"), new PasswordHasher());
    }

    /**
     * Adds an account; a null password makes one that signs in only through OpenID Connect.
     *
     * @throws IllegalArgumentException for a malformed email, an email already in use, a weak password,
     *                                  or an editor or partner without a publisher
     */
    public synchronized Account add(String email, Role role, List<String> publishers, String password, boolean oneTime) {
        String normalised = normalise(email);
        if (find(normalised).isPresent()) {
            throw new IllegalArgumentException("An account '" + normalised + "' already exists");
        }
        if (role != Role.ADMIN && publishers.isEmpty()) {
            throw new IllegalArgumentException(withArticle(role) + " needs at least one publisher IRI (--publisher)");
        }
        String hash = null;
        if (password != null) {
            PasswordHasher.checkStrength(password);
            hash = hasher.hash(password);
        }
        Account account = new Account(normalised, role, publishers, hash, oneTime);
        List<Account> all = new ArrayList<>(load());
        all.add(account);
        save(all);
        return account;
    }

    public synchronized void setPassword(String email, String password, boolean oneTime) {
        PasswordHasher.checkStrength(password);
        Account account = require(email);
        replace(account.withPassword(hasher.hash(password), oneTime));
    }

    public synchronized void setRole(String email, Role role, List<String> publishers) {
        Account account = require(email);
        if (role != Role.ADMIN && publishers.isEmpty()) {
            throw new IllegalArgumentException(withArticle(role) + " needs at least one publisher IRI");
        }
        replace(new Account(account.email(), role, publishers, account.passwordHash(), account.mustChangePassword()));
    }

    /** Removes an account; false when there was none. */
    public synchronized boolean remove(String email) {
        List<Account> all = new ArrayList<>(load());
        boolean removed = all.removeIf(account -> account.email().equals(normalise(email)));
        if (removed) {
            save(all);
        }
        return removed;
    }

    public synchronized Optional<Account> find(String email) {
        String normalised = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        return load().stream().filter(account -> account.email().equals(normalised)).findFirst();
    }

    public synchronized List<Account> list() {
        return load().stream().sorted(Comparator.comparing(Account::email)).toList();
    }

    public synchronized boolean isEmpty() {
        return load().isEmpty();
    }

    /** The account, if the password is its own; never says which of the two was wrong. */
    public Optional<Account> check(String email, String password) {
        Optional<Account> account = find(email);
        if (account.isEmpty() || account.get().passwordHash() == null) {
            // The same work either way, so that timing does not tell which emails have accounts.
            hasher.verify(password == null ? "" : password, DUMMY_HASH.join());
            return Optional.empty();
        }
        return hasher.verify(password, account.get().passwordHash()) ? account : Optional.empty();
    }

    /**
     * A hash no password matches, for the sign-in of an unknown email. Made beside the server's start-up (an
     * Argon2 hash takes a few hundred milliseconds, which the start-up would otherwise wait for).
     */
    private static final CompletableFuture<String> DUMMY_HASH =
            CompletableFuture.supplyAsync(() -> new PasswordHasher().hash("not a password of anyone"));

    private Account require(String email) {
        return find(email).orElseThrow(() -> new IllegalArgumentException("No account '" + email + "'"));
    }

    private void replace(Account changed) {
        List<Account> all = new ArrayList<>(load());
        all.replaceAll(account -> account.email().equals(changed.email()) ? changed : account);
        save(all);
    }

    private static String withArticle(Role role) {
        return (role == Role.EDITOR ? "An " : "A ") + role.code();
    }

    private static String normalise(String email) {
        String trimmed = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("'" + email + "' is not an email address");
        }
        return trimmed;
    }

    private List<Account> load() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return json.readValue(file.toFile(), new TypeReference<List<Account>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the accounts " + file, e);
        }
    }

    private void save(List<Account> accounts) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(temporary);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            json.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), accounts);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the accounts " + file, e);
        }
    }
}
