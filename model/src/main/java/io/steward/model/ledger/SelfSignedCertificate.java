package io.steward.model.ledger;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The self-signed certificate a new actor key is stored with. Apart from {@link ActorKeys} so that only making a key
 * loads Bouncy Castle: its jars are signed, and the JDK checks a signed jar's signatures when it first loads a class
 * from it (about half a second of start-up), which reading keys and verifying a ledger do not need.
 */
final class SelfSignedCertificate {
    private SelfSignedCertificate() {
    }

    /** PKCS12 stores a private key only with a certificate; a self-signed one carries the actor's name. */
    static X509Certificate of(String actor, KeyPair pair) throws GeneralSecurityException {
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
}
