package io.steward.app.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One platform's bundled demo export: writes the files an owner of the {@link DemoOrg} would have exported
 * from that platform, in import order, in the platform's real export format. Adding a platform means adding one
 * implementation to {@link DemoExports#standard()}.
 */
public interface DemoExport {
    /** Writes the files into {@code dir} and returns them in the order they should be imported. */
    List<Path> write(Path dir, DemoOrg org) throws IOException;
}
