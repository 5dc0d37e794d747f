package io.steward.model.ledger;

import io.steward.model.store.OwnerOnlyFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
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
import java.security.cert.X509Certificate;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * One Ed25519 signing key per actor, each in its own owner-only PKCS12 keystore
 * ({@code <keys dir>/<actor>.p12}). The keystore password only satisfies the format: the
 * protection is the file's owner-only permission (docs/decisions/0003-checkpoint-keys.md).
 * {@code STEWARD_KEYSTORE_PASSWORD} sets a real one.
 */
public final class ActorKeys {
    private static final String ALIAS = "steward-checkpoint";
    private static final String DEFAULT_PASSWORD = "steward";

    private final Path dir;
    private final char[] password;

    public ActorKeys(Path keysDir) {
        this.dir = keysDir;
        String env = System.getenv("STEWARD_KEYSTORE_PASSWORD");
        this.password = (env == null || env.isEmpty() ? DEFAULT_PASSWORD : env).toCharArray();
    }

    public Path dir() {
        return dir;
    }

    /** The actor's key pair, created on first use. */
    public synchronized KeyPair keyFor(String actor) {
        Path file = fileFor(actor);
        try {
            if (!Files.exists(file)) {
                create(actor, file);
            }
            KeyStore ks = load(file);
            PrivateKey key = (PrivateKey) ks.getKey(ALIAS, password);
            Certificate cert = ks.getCertificate(ALIAS);
            if (key == null || cert == null) {
                throw new KeyException("The key file " + file + " holds no Steward signing key. Move it aside and try again.");
            }
            return new KeyPair(cert.getPublicKey(), key);
        } catch (IOException | GeneralSecurityException e) {
            throw new KeyException("Cannot read the signing key " + file + ": " + e.getMessage()
                    + ". If STEWARD_KEYSTORE_PASSWORD was set when it was created, set it again.", e);
        }
    }

    /** The public key stored for the actor on this machine, without creating one. */
    public Optional<PublicKey> existingPublicKey(String actor) {
        Path file = fileFor(actor);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(keyFor(actor).getPublic());
    }

    Path fileFor(String actor) {
        String safe = actor.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "_");
        return dir.resolve(safe + ".p12");
    }

    private void create(String actor, Path file) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry(ALIAS, pair.getPrivate(), password, new Certificate[] {selfSigned(actor, pair)});
        OwnerOnlyFiles.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "key", ".tmp");
        OwnerOnlyFiles.restrict(tmp);
        try (OutputStream out = Files.newOutputStream(tmp)) {
            ks.store(out, password);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    }

    private KeyStore load(Path file) throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            ks.load(in, password);
        }
        return ks;
    }

    /** PKCS12 stores a private key only with a certificate; a self-signed one carries the actor's name. */
    private static X509Certificate selfSigned(String actor, KeyPair pair) throws GeneralSecurityException {
        X500Name name = new X500Name("CN=" + actor.replaceAll("[,=+<>#;\"\\\\]", "_") + ", O=Steward checkpoint key");
        Instant now = Instant.now();
        try {
            var holder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()), Date.from(now),
                    Date.from(now.plus(Duration.ofDays(3650 * 3))), name, pair.getPublic())
                    .build(new JcaContentSignerBuilder("Ed25519").build(pair.getPrivate()));
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("cannot self-sign the key certificate", e);
        }
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
