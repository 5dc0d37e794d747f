package io.steward.app.cli;

import io.steward.app.Workspace;
import io.steward.model.ledger.LedgerTrust;
import io.steward.model.ledger.Printable;
import io.steward.model.ledger.TrustedKeys;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code steward ledger trust add|list|remove}: the public keys this machine trusts to sign the ledger's
 * checkpoints. Each change is a ledger entry (ledger.key-trusted / ledger.key-untrusted).
 */
@Command(name = "trust", mixinStandardHelpOptions = true,
        description = {"List, add or remove the public keys trusted to sign this ledger's checkpoints.",
            "A signer's key is trusted on its first checkpoint; a checkpoint by any other key fails verification."},
        subcommands = {LedgerTrustCommand.ListKeys.class, LedgerTrustCommand.Add.class, LedgerTrustCommand.Remove.class})
final class LedgerTrustCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: ledger trust list, ledger trust add or ledger trust remove");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the trusted keys: actor, fingerprint, public key.")
    static final class ListKeys extends StewardCommand {
        @Override
        public Integer call() {
            try (Workspace workspace = openExistingLedger()) {
                List<TrustedKeys.TrustedKey> keys = workspace.trust().keys().list();
                if (keys.isEmpty()) {
                    out().println("No trusted keys yet: the first checkpoint signed on this machine trusts its signer's key.");
                }
                for (TrustedKeys.TrustedKey k : keys) {
                    out().printf("%s  %s  %s%n", Printable.of(k.actor()), k.fingerprint(), k.publicKey());
                }
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Trust another signer's public key (ask them for"
            + " `steward ledger trust list` output or take it from their checkpoint line).")
    static final class Add extends StewardCommand {
        @Parameters(index = "0", paramLabel = "ACTOR", description = "the signer the key belongs to")
        String signer;

        @Parameters(index = "1", paramLabel = "PUBLIC_KEY", description = "base64 Ed25519 public key (SubjectPublicKeyInfo)")
        String publicKey;

        @Override
        public Integer call() {
            try (Workspace workspace = openExistingLedger()) {
                workspace.requireVerified("trusting a key");
                TrustedKeys.TrustedKey k;
                try {
                    k = workspace.trust().add(workspace.actor(), signer, publicKey);
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), e.getMessage());
                }
                out().printf("Trusted %s's key %s (entry %s).%n", Printable.of(k.actor()), k.fingerprint(), LedgerTrust.KEY_TRUSTED);
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Stop trusting a key; its checkpoints then fail verification.")
    static final class Remove extends StewardCommand {
        @Parameters(index = "0", paramLabel = "FINGERPRINT", description = "the key's fingerprint (at least 8 leading hex digits)")
        String fingerprint;

        @Option(names = "--yes", description = "confirm: checkpoints signed by this key will no longer verify")
        boolean yes;

        @Override
        public Integer call() {
            if (!yes) {
                throw new ParameterException(spec.commandLine(), "removing a key makes every checkpoint it signed fail verification;"
                        + " add --yes to confirm");
            }
            try (Workspace workspace = openExistingLedger()) {
                TrustedKeys.TrustedKey k;
                try {
                    k = workspace.trust().remove(workspace.actor(), fingerprint);
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), e.getMessage());
                }
                out().printf("No longer trusting %s's key %s (entry %s).%n", Printable.of(k.actor()), k.fingerprint(), LedgerTrust.KEY_UNTRUSTED);
                return ExitCodes.OK;
            }
        }
    }
}
