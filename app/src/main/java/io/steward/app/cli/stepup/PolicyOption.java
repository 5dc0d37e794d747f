package io.steward.app.cli.stepup;

import io.steward.model.stepup.policy.Policy;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --policy FILE}: the step-up policy to decide with (default: the policy that ships with Steward). */
final class PolicyOption {
    @Option(names = "--policy", paramLabel = "FILE", description = "step-up policy file (default: Steward's default policy)")
    Path file;

    Policy load() {
        return file == null ? Policy.defaultPolicy() : Policy.load(file);
    }
}
