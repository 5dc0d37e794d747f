package io.steward.app.cli.stepup;

import io.steward.app.Workspace;
import io.steward.app.cli.ExitCodes;
import io.steward.app.cli.StewardCommand;
import io.steward.model.stepup.RequestsRefusedException;
import io.steward.model.stepup.StepUpService;
import io.steward.model.stepup.policy.Policy;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code steward stepup import FILE}: a JSON array or JSON Lines of requests; idempotent on id; all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import step-up requests from a JSON array or JSON Lines file (see docs/STEPUP.md).",
            "Requests already imported (same id, same content) are skipped; any malformed request refuses the whole file."})
final class StepUpImportCommand extends StewardCommand {
    @Parameters(paramLabel = "FILE", description = "the request file")
    Path file;

    @Override
    public Integer call() {
        try (Workspace workspace = openExistingLedger()) {
            StepUpService service = workspace.stepUp(Policy.defaultPolicy());
            StepUpService.ImportResult result = service.importFile(file, actor());
            out().printf("Imported %d step-up request%s from %s (%d already imported)%n", result.imported(),
                    result.imported() == 1 ? "" : "s", io.steward.importers.secrets.SafeFileName.of(file).name(), result.alreadyPresent());
            return ExitCodes.OK;
        } catch (RequestsRefusedException e) {
            return StepUpCli.refusedRequests(err(), e);
        }
    }
}
