package io.steward.installers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The jlink runtime: trimmed, yet holding every module the app's jars need. */
class InstallerRuntimeTest {
    /** Modules jdeps reports that Steward never reaches, and why; everything else must be in the runtime. */
    private static final Map<String, String> NOT_NEEDED = Map.of(
            "java.compiler", "jOOQ's Reflect.compile, which compiles Java source at run time; Steward does not",
            "jdk.jfr", "JavaFX's optional Flight Recorder pulse logger, off unless asked for");

    /** An untrimmed JDK 17 runtime is about three times this; the trimmed one measured 50 MB. */
    private static final long RUNTIME_BUDGET_BYTES = 70L * 1024 * 1024;

    @Test
    void holdsTheConfiguredModules() throws IOException {
        assertThat(runtimeModules()).containsAll(BuiltArtifacts.configuredModules()).contains("jdk.crypto.ec");
    }

    @Test
    void holdsEveryModuleTheAppsJarsUse() throws IOException {
        Set<String> used = jdepsModules();
        used.removeAll(NOT_NEEDED.keySet());

        assertThat(runtimeModules())
                .as("jdeps over steward.jar and lib/ found modules the runtime lacks: add them to installers.modules in installers/pom.xml")
                .containsAll(used);
    }

    @Test
    void isTrimmed() {
        long runtime = BuiltArtifacts.sizeOf(BuiltArtifacts.runtime());
        long image = BuiltArtifacts.sizeOf(BuiltArtifacts.appImage());
        System.out.printf("runtime %.1f MB, app image %.1f MB (%s)%n", mb(runtime), mb(image), BuiltArtifacts.appImage());

        assertThat(runtime).as("runtime bytes").isLessThan(RUNTIME_BUDGET_BYTES);
    }

    private static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }

    private static Set<String> runtimeModules() throws IOException {
        String modules = Files.readAllLines(BuiltArtifacts.runtime().resolve("release")).stream()
                .filter(l -> l.startsWith("MODULES="))
                .findFirst().orElseThrow(() -> new AssertionError("no MODULES line in the runtime's release file"))
                .replaceFirst("^MODULES=\"?", "").replaceFirst("\"$", "");
        return new TreeSet<>(Arrays.asList(modules.split("\\s+")));
    }

    /**
     * jdeps --print-module-deps over the packaged jars; modular jars resolve on the module path. CEL's jars split
     * their packages across jars (dev.cel.common in both protobuf and common), which the module path refuses, so
     * they are read from the class path only.
     */
    private static Set<String> jdepsModules() throws IOException {
        Path lib = BuiltArtifacts.input().resolve("lib");
        Path modulePath = Files.createTempDirectory("steward-jdeps");
        try (Stream<Path> jars = Files.list(lib)) {
            for (Path jar : jars.filter(j -> j.toString().endsWith(".jar")).toList()) {
                if (!holdsCelClasses(jar)) {
                    Files.createSymbolicLink(modulePath.resolve(jar.getFileName()), jar.toAbsolutePath());
                }
            }
        }
        List<String> args = new ArrayList<>(List.of("--multi-release", "17", "--ignore-missing-deps",
                "--print-module-deps", "--module-path", modulePath.toString(), "--class-path", lib + "/*",
                BuiltArtifacts.input().resolve("steward.jar").toString()));
        try (Stream<Path> jars = Files.list(lib)) {
            jars.filter(j -> j.toString().endsWith(".jar")).sorted().map(Path::toString).forEach(args::add);
        }
        ProcessRun run = ProcessRun.of(BuiltArtifacts.javaTool("jdeps"), args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.describe()).isZero();
        String lastLine = run.out().strip().lines().reduce((a, b) -> b).orElse("");
        System.out.println("jdeps: " + lastLine);
        return Arrays.stream(lastLine.split(",")).map(String::strip).collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean holdsCelClasses(Path jar) throws IOException {
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            return file.stream().anyMatch(e -> e.getName().startsWith("dev/cel/"));
        }
    }
}
