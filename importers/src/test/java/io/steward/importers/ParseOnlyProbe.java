package io.steward.importers;

import io.steward.importers.spi.Cancellation;
import io.steward.importers.spi.ImportProgress;

import io.steward.importers.secrets.SecretGuard;
import java.nio.file.Path;

/** Dev probe: parse + normalise + screen a file without writing, to see how fast the parse side is. */
public final class ParseOnlyProbe {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        for (int round = 0; round < 3; round++) {
            long[] n = new long[1];
            long t0 = System.nanoTime();
            ScreeningSink sink = new ScreeningSink(io.steward.importers.secrets.SafeFileName.of(file), SecretGuard.standard(), FormatGolden.AS_OF, e -> n[0]++);
            StandardImporters.registry().detect(file).read(file, sink, ImportProgress.NONE, Cancellation.NEVER);
            System.out.printf("events=%d seconds=%.2f%n", n[0], (System.nanoTime() - t0) / 1e9);
        }
    }
}
