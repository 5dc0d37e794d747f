package io.steward.model.ledger;

import io.steward.model.store.OwnerOnlyFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.Certificate;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;

/**
 * One Ed25519 signing key per actor, each in its own owner-only PKCS12 keystore
 * ({@code <keys dir>/<actor>.p12}) protected by the user's passphrase ({@link KeyPassphrase}: the OS
 * credential store, STEWARD_PASSPHRASE, or a prompt; docs/decisions/0008-key-protection.md), with the
 * public key beside it in {@code <actor>.pub} so that verifying never needs the passphrase. Keystores
 * written by older versions under the built-in password are re-protected with the passphrase on first use.
 */
public final class ActorKeys {
    private static final String ALIAS = "steward-checkpoint";
    /** The constant older versions protected every keystore with; only ever read, to migrate such keystores. */
    private static final char[] LEGACY_PASSWORD = "steward".toCharArray();

    private final Path dir;
    private final KeyPassphrase passphrase;
    private final java.util.function.Consumer<String> notices;

    /** Keys protected by the passphrase in STEWARD_PASSPHRASE (tests, scripts). */
    public ActorKeys(Path keysDir) {
        this(keysDir, KeyPassphrase.environment(), notice -> { });
    }

    /** {@code notices} hears one sentence per key re-protected from the old built-in password. */
    public ActorKeys(Path keysDir, KeyPassphrase passphrase, java.util.function.Consumer<String> notices) {
        this.dir = keysDir;
        this.passphrase = passphrase;
        this.notices = notices;
    }

    public Path dir() {
        return dir;
    }

    /** The actor's key pair, created on first use; needs the passphrase. */
    public synchronized KeyPair keyFor(String actor) {
        Path file = fileFor(actor);
        KeysFolder.check(dir);
        boolean creating = !Files.exists(file);
        char[] password = passphrase.get(creating).orElseThrow(() -> new KeyException("Signing needs the passphrase that"
                + " protects your signing key, and none is available (tried: " + passphrase.describe() + "). Set "
                + KeyPassphrase.ENV + " or run the command in a terminal. Verifying needs no passphrase."));
        if (password.length == 0) {
            throw new KeyException("The key passphrase is empty. Set a non-empty " + KeyPassphrase.ENV + ".");
        }
        try {
            if (creating) {
                create(actor, file, password);
            }
            KeyStore ks = loadOrMigrate(file, password);
            PrivateKey key = (PrivateKey) ks.getKey(ALIAS, password);
            Certificate cert = ks.getCertificate(ALIAS);
            if (key == null || cert == null) {
                throw new KeyException("The key file " + file + " holds no Steward signing key. Move it aside and try again.");
            }
            writePublic(actor, cert.getPublicKey());
            return new KeyPair(cert.getPublicKey(), key);
        } catch (IOException | GeneralSecurityException e) {
            throw new KeyException("Cannot read the signing key " + file + ": " + e.getMessage()
                    + ". The passphrase may be wrong (" + passphrase.describe() + "), or the file is damaged.", e);
        }
    }

    /**
     * The public key kept for the actor on this machine ({@code <actor>.pub}), without the passphrase and without
     * creating one; empty when there is none or it cannot be read.
     */
    public Optional<PublicKey> existingPublicKey(String actor) {
        Path pub = publicFileFor(actor);
        if (!Files.isRegularFile(pub)) {
            return Optional.empty();
        }
        try {
            return Optional.of(decode(Files.readString(pub).strip()));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The keystore under the passphrase; one still under the old built-in password is re-protected first. */
    private KeyStore loadOrMigrate(Path file, char[] password) throws IOException, GeneralSecurityException {
        try {
            return load(file, password);
        } catch (IOException wrongPassword) {
            KeyStore legacy;
            try {
                legacy = load(file, LEGACY_PASSWORD);
            } catch (IOException | GeneralSecurityException notLegacy) {
                throw wrongPassword;
            }
            PrivateKey key = (PrivateKey) legacy.getKey(ALIAS, LEGACY_PASSWORD);
            Certificate[] chain = legacy.getCertificateChain(ALIAS);
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry(ALIAS, key, password, chain);
            store(ks, file, password);
            notices.accept("The signing key " + file.getFileName() + " was protected by the old built-in password, which"
                    + " anyone with a copy of it could use; it is now protected by your passphrase (" + passphrase.describe() + ").");
            return ks;
        }
    }

    Path fileFor(String actor) {
        return dir.resolve(safeName(actor) + ".p12");
    }

    Path publicFileFor(String actor) {
        return dir.resolve(safeName(actor) + ".pub");
    }

    private static String safeName(String actor) {
        return ActorNames.normalise(actor).replaceAll("[^a-z0-9._-]", "_");
    }

    private void create(String actor, Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry(ALIAS, pair.getPrivate(), password, new Certificate[] {SelfSignedCertificate.of(actor, pair)});
        OwnerOnlyFiles.createDirectories(dir);
        store(ks, file, password);
    }

    private void store(KeyStore ks, Path file, char[] password) throws IOException, GeneralSecurityException {
        Path tmp = Files.createTempFile(dir, "key", ".tmp");
        OwnerOnlyFiles.restrict(tmp);
        try (OutputStream out = Files.newOutputStream(tmp)) {
            ks.store(out, password);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private void writePublic(String actor, PublicKey key) throws IOException {
        Path pub = publicFileFor(actor);
        String text = encode(key) + "\n";
        if (Files.isRegularFile(pub) && Files.readString(pub).equals(text)) {
            return;
        }
        Path tmp = Files.createTempFile(dir, "pub", ".tmp");
        OwnerOnlyFiles.restrict(tmp);
        Files.writeString(tmp, text);
        Files.move(tmp, pub, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static KeyStore load(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            ks.load(in, password);
        }
        return ks;
    }

    /** SHA-256 of the X.509 SubjectPublicKeyInfo encoding, lower-case hex. */
    public static String fingerprint(PublicKey key) {
        return Hashes.hex(Hashes.sha256().digest(key.getEncoded()));
    }

    public static String encode(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static PublicKey decode(String base64) throws GeneralSecurityException {
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    /** A key could not be created or read; the message says what to do. */
    public static final class KeyException extends RuntimeException {
        KeyException(String message) {
            super(message);
        }

        KeyException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
