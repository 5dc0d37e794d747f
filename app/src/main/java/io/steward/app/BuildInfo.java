package io.steward.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Version and build facts, filtered in from the Maven project at build time. */
public final class BuildInfo {
    private static final Properties PROPS = load();

    private BuildInfo() {
    }

    public static String version() {
        return PROPS.getProperty("version", "unknown");
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
