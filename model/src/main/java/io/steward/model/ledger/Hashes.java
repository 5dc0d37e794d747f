package io.steward.model.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 helpers for the chain: entry hash = SHA-256(previous hash (32 bytes) || body bytes). */
public final class Hashes {
    public static final byte[] GENESIS = new byte[32];
    private static final HexFormat HEX = HexFormat.of();

    private Hashes() {
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static byte[] entryHash(MessageDigest digest, byte[] prevHash, byte[] body) {
        digest.reset();
        digest.update(prevHash);
        return digest.digest(body);
    }

    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    public static byte[] unhex(String hex) {
        return HEX.parseHex(hex);
    }
}
