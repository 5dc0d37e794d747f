package io.steward.importers;

import io.steward.importers.aws.AccessKeysImporter;
import io.steward.importers.aws.AuthorizationDetailsImporter;
import io.steward.importers.aws.CredentialReportImporter;
import io.steward.importers.generic.GenericCsvImporter;
import java.util.List;

/** The importers Steward ships, in detection order: specific formats first, the generic CSV last. */
public final class StandardImporters {
    private StandardImporters() {
    }

    public static List<Importer> list() {
        return List.of(new CredentialReportImporter(), new AuthorizationDetailsImporter(), new AccessKeysImporter(),
                new GenericCsvImporter());
    }

    public static ImporterRegistry registry() {
        return new ImporterRegistry(list());
    }
}
