package io.steward.app.cli;

import io.steward.app.BuildInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code steward} command line (DESIGN.md contract). */
@Command(name = "steward", mixinStandardHelpOptions = true, versionProvider = StewardCli.Version.class,
        description = "Governance console for non-human identities.")
public final class StewardCli implements Runnable {

    public static int run(String... args) {
        return new CommandLine(new StewardCli()).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "the console is not wired yet");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"steward " + BuildInfo.version()};
        }
    }
}
