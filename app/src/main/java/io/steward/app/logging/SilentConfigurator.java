package io.steward.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logback's first configuration: everything off until {@link LoggingSetup} points logging at the data folder, so
 * the CLI's stdout/stderr stay clean; when it already has (Logback starts on the first logger asked for, which may
 * come after), the data folder's log at once. Done in code, found through the service loader, because reading a
 * logback.xml loads an XML parser and Logback's configuration language: about a third of a second of every start.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class SilentConfigurator extends ContextAwareBase implements Configurator {
    @Override
    public ExecutionStatus configure(LoggerContext context) {
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.OFF);
        java.nio.file.Path folder = LoggingSetup.startingLogback();
        if (folder != null) {
            LoggingSetup.configure(context, folder, false);
        }
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
