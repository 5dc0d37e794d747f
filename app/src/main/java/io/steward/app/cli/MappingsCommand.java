package io.steward.app.cli;

import io.steward.app.Workspace;
import io.steward.model.inventory.ColumnMappings;
import io.steward.model.BadInputException;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code steward mappings ...}: the column mappings saved per source; each action is its own class. */
@Command(name = "mappings", mixinStandardHelpOptions = true,
        description = {"List, show or forget the column mappings saved per source.",
            "A mapping says which CSV/XLSX column means what (saved with 'steward import --map ... --save-mapping' or by the"
                + " console's mapping editor); the next import of the same source uses it."},
        subcommands = {MappingsListCommand.class, MappingsShowCommand.class, MappingsForgetCommand.class})
final class MappingsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: mappings list, mappings show SOURCE or mappings forget SOURCE");
    }

    static ColumnMappings saved(Workspace workspace) {
        return workspace.mappings();
    }

    /** The mappings saved for {@code source}; none is bad input naming the sources that have one. */
    static List<ColumnMappings.Saved> existing(Workspace workspace, String source) {
        ColumnMappings mappings = saved(workspace);
        List<ColumnMappings.Saved> saved = mappings.forSource(source);
        if (saved.isEmpty()) {
            String known = mappings.list().stream().map(ColumnMappings.Saved::source).distinct().collect(Collectors.joining(", "));
            throw new BadInputException(null, null, "no column mapping is saved for source '" + source + "'. "
                    + (known.isEmpty() ? "No mapping is saved yet." : "Sources with one: " + known + ".")
                    + " See 'steward mappings list'");
        }
        return saved;
    }
}
