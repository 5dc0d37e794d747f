package io.steward.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import io.steward.model.store.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Sends all logging to {@code <data folder>/logs/steward.log} (rolled at 10 MB, 5 files kept),
 * owner-only. Configured in code so that the folder follows STEWARD_HOME and nothing ever reaches
 * the CLI's stdout/stderr. Log messages name files, seqs and counts, never secret values or payloads.
 * <p>
 * Nothing of Logback is started here: most commands log nothing, and Logback's start plus a rolling file
 * appender cost a short command (e.g. {@code ledger verify}) a good part of its start-up. The folder is noted, and
 * Logback takes it when something first asks for a logger ({@link SilentConfigurator}); the file appender itself is
 * built on the first event that passes the level ({@link DeferredFileAppender}).
 */
public final class LoggingSetup {
    public static final String LOG_FILE_NAME = "steward.log";

    /** The folder to log into once Logback starts; guarded by the class. */
    private static Path pendingFolder;
    /** True once Logback has started (and so read {@link #pendingFolder}); guarded by the class. */
    private static boolean logbackStarted;

    private LoggingSetup() {
    }

    /**
     * Points logging at {@code logsDir}. Returns the log file, or null when it cannot be created:
     * logging must never stop Steward from working, so that case leaves logging off.
     */
    public static Path toFolder(Path logsDir) {
        Path file = logsDir.resolve(LOG_FILE_NAME);
        try {
            OwnerOnlyFiles.createDirectories(logsDir);
            OwnerOnlyFiles.createFile(file);
        } catch (IOException e) {
            return null;
        }
        routeJavaUtilLogging();
        boolean started;
        synchronized (LoggingSetup.class) {
            pendingFolder = logsDir;
            started = logbackStarted;
        }
        if (started) {
            if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
                return null;
            }
            configure(context, logsDir, true);
        }
        return file;
    }

    /** Called by {@link SilentConfigurator} as Logback starts: the folder noted by {@link #toFolder}, or null. */
    static Path startingLogback() {
        synchronized (LoggingSetup.class) {
            logbackStarted = true;
            return pendingFolder;
        }
    }

    /**
     * Root at INFO into a file appender that opens {@code logsDir}'s log on its first event; {@code reset} first drops
     * what was configured before (one step, so two set-ups never leave two appenders).
     */
    static synchronized void configure(LoggerContext context, Path logsDir, boolean reset) {
        if (reset) {
            context.reset();
        }
        DeferredFileAppender appender = new DeferredFileAppender(logsDir);
        appender.setContext(context);
        appender.setName("file");
        appender.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(appender);
        // jOOQ logs its banner, tips and dialect notes at INFO: noise in a user's log.
        context.getLogger("org.jooq").setLevel(Level.WARN);
    }

    /**
     * JavaFX and the JDK log through java.util.logging, whose default handler writes to the terminal. Steward
     * runs JavaFX from the class path (the jar with lib/ beside it, and the installers' runtime), which OpenJFX
     * reports on every start as "Unsupported JavaFX configuration"; that and every other JavaFX message now go
     * to steward.log with the rest, and the terminal shows only what Steward prints. Installing the bridge does not
     * start Logback; its first message does.
     */
    static void routeJavaUtilLogging() {
        if (!org.slf4j.bridge.SLF4JBridgeHandler.isInstalled()) {
            org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
            org.slf4j.bridge.SLF4JBridgeHandler.install();
        }
    }
}
