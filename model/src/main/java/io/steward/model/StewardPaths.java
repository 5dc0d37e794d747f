package io.steward.model;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where Steward keeps its files: the per-OS data folder, the default ledger, keys and logs.
 * {@code STEWARD_HOME} (or the system property {@code steward.home}) moves the whole data folder,
 * which tests and portable installs use; {@code STEWARD_LEDGER} names a ledger file.
 */
public final class StewardPaths {
    public static final String LEDGER_FILE_NAME = "ledger.steward";
    public static final String CHECKPOINTS_SUFFIX = ".checkpoints";

    private final Path dataDir;

    public StewardPaths(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
    }

    /** The data folder for this user and OS, honouring STEWARD_HOME / -Dsteward.home. */
    public static StewardPaths forCurrentUser() {
        return new StewardPaths(defaultDataDir(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home")));
    }

    static Path defaultDataDir(Map<String, String> env, String osName, String userHome) {
        String override = Optional.ofNullable(System.getProperty("steward.home")).orElse(env.get("STEWARD_HOME"));
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return local != null ? Path.of(local, "Steward") : Path.of(userHome, "AppData", "Local", "Steward");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Steward");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "steward") : Path.of(userHome, ".local", "share", "steward");
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The ledger to open: an explicit choice, else STEWARD_LEDGER, else the default in the data folder. */
    public Path ledger(Path explicit) {
        if (explicit != null) {
            return explicit.toAbsolutePath().normalize();
        }
        String env = System.getenv("STEWARD_LEDGER");
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath().normalize();
        }
        return dataDir.resolve(LEDGER_FILE_NAME);
    }

    public Path keysDir() {
        return dataDir.resolve("keys");
    }

    public Path logsDir() {
        return dataDir.resolve("logs");
    }

    /** The checkpoint sidecar that lives beside a ledger file. */
    public static Path sidecarOf(Path ledgerFile) {
        return ledgerFile.resolveSibling(ledgerFile.getFileName() + CHECKPOINTS_SUFFIX);
    }
}
