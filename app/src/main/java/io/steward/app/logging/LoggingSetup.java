package io.steward.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import io.steward.model.store.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Sends all logging to {@code <data folder>/logs/steward.log} (rolled at 10 MB, 5 files kept),
 * owner-only. Configured in code so that the folder follows STEWARD_HOME and nothing ever reaches
 * the CLI's stdout/stderr. Log messages name files, seqs and counts, never secret values or payloads.
 */
public final class LoggingSetup {
    public static final String LOG_FILE_NAME = "steward.log";
    private static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSS'Z',UTC} %-5level [%thread] %logger{36} - %msg%n";

    private LoggingSetup() {
    }

    /**
     * Points logging at {@code logsDir}. Returns the log file, or null when it cannot be created:
     * logging must never stop Steward from working, so that case leaves logging off.
     */
    public static synchronized Path toFolder(Path logsDir) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return null;
        }
        Path file = logsDir.resolve(LOG_FILE_NAME);
        try {
            OwnerOnlyFiles.createDirectories(logsDir);
            OwnerOnlyFiles.createFile(file);
        } catch (IOException e) {
            return null;
        }
        context.reset();
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName("file");
        appender.setFile(file.toString());

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(logsDir.resolve("steward.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(5);
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("10MB"));
        trigger.start();

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();

        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.setEncoder(encoder);
        appender.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(appender);
        routeJavaUtilLogging();
        // jOOQ logs its banner, tips and dialect notes at INFO: noise in a user's log.
        context.getLogger("org.jooq").setLevel(Level.WARN);
        return file;
    }

    /**
     * JavaFX and the JDK log through java.util.logging, whose default handler writes to the terminal. Steward
     * runs JavaFX from the class path (the jar with lib/ beside it, and the installers' runtime), which OpenJFX
     * reports on every start as "Unsupported JavaFX configuration"; that and every other JavaFX message now go
     * to steward.log with the rest, and the terminal shows only what Steward prints.
     */
    static void routeJavaUtilLogging() {
        if (!org.slf4j.bridge.SLF4JBridgeHandler.isInstalled()) {
            org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
            org.slf4j.bridge.SLF4JBridgeHandler.install();
        }
    }
}
