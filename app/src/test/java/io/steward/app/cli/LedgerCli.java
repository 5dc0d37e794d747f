package io.steward.app.cli;

import java.nio.file.Path;

/** {@link CliRun} bound to one ledger file: {@code steward --ledger FILE ARGS...}. */
final class LedgerCli {
    final CliRun cli;
    final Path ledger;

    LedgerCli(Path home, Path ledger) {
        this.cli = new CliRun(home);
        this.ledger = ledger;
    }

    CliRun.Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--ledger";
        all[1] = ledger.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.run(all);
    }
}
