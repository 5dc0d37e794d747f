package io.steward.app.logging;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;

/**
 * steward.log's appender, built on the first event: the rolling file appender, its policies and the pattern
 * encoder (Logback's pattern parser and converters) are some 140 classes that a command which logs nothing
 * should not load. {@link AppenderBase} serialises {@link #append}, so the appender is built once.
 */
final class DeferredFileAppender extends AppenderBase<ILoggingEvent> {
    private static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSS'Z',UTC} %-5level [%thread] %logger{36} - %msg%n";

    private final Path logsDir;
    private RollingFileAppender<ILoggingEvent> file;

    DeferredFileAppender(Path logsDir) {
        this.logsDir = logsDir;
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (file == null) {
            file = rollingFile();
        }
        file.doAppend(event);
    }

    @Override
    public void stop() {
        if (file != null) {
            file.stop();
        }
        super.stop();
    }

    private RollingFileAppender<ILoggingEvent> rollingFile() {
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName("steward.log");
        appender.setFile(logsDir.resolve(LoggingSetup.LOG_FILE_NAME).toString());

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
        return appender;
    }
}
