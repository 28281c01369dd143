package fr.hautsdeseine.catalog.partner;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdeseine.catalog.audit.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The partners' tokens, in one JSON file beside the store (never in the store: the SPARQL endpoint is
 * public), readable by the server's user only. A token is 32 random bytes, shown once when created;
 * only its SHA-256 is kept.
 */
public final class PartnerTokens {
    private final Path file;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final ObjectMapper json = new ObjectMapper();

    public PartnerTokens(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** The tokens of the store in {@code dataDir}. */
    public static PartnerTokens in(Path dataDir, Clock clock) {
        return new PartnerTokens(dataDir.resolve("partner-tokens.json"), clock);
    }

    /** A new token and its secret, which is not kept and cannot be shown again. */
    public record Created(PartnerToken token, String secret) {
    }

    public synchronized Created create(String publisher) {
        URI iri = URI.create(publisher);
        if (!iri.isAbsolute()) {
            throw new IllegalArgumentException("The publisher must be an absolute IRI, got '" + publisher + "'");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        byte[] idBytes = new byte[6];
        random.nextBytes(idBytes);
        PartnerToken token = new PartnerToken(HexFormat.of().formatHex(idBytes), publisher, clock.instant().toString(),
                sha256(secret));
        List<PartnerToken> tokens = new ArrayList<>(load());
        tokens.add(token);
        save(tokens);
        return new Created(token, secret);
    }

    public synchronized List<PartnerToken> list() {
        return load();
    }

    /** Revokes a token; false when there was none with that id. */
    public synchronized boolean revoke(String id) {
        List<PartnerToken> tokens = new ArrayList<>(load());
        boolean removed = tokens.removeIf(token -> token.id().equals(id));
        if (removed) {
            save(tokens);
        }
        return removed;
    }

    /** The token whose secret this is. */
    public synchronized Optional<PartnerToken> find(String secret) {
        byte[] hash = sha256(secret).getBytes(StandardCharsets.US_ASCII);
        return load().stream()
                .filter(token -> MessageDigest.isEqual(token.sha256().getBytes(StandardCharsets.US_ASCII), hash))
                .findFirst();
    }

    private List<PartnerToken> load() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return json.readValue(file.toFile(), new TypeReference<List<PartnerToken>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the partner tokens " + file, e);
        }
    }

    private void save(List<PartnerToken> tokens) {
        try {
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(temporary);
            PrivateFiles.ensure(temporary); // owner-only before a byte is written; the move keeps it so
            json.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), tokens);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the partner tokens " + file, e);
        }
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
