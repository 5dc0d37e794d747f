package io.steward.importers;

import io.steward.importers.spi.Importer;

import io.steward.importers.aws.AccessKeysImporter;
import io.steward.importers.aws.AuthorizationDetailsImporter;
import io.steward.importers.aws.CredentialReportImporter;
import io.steward.importers.entra.EntraImporter;
import io.steward.importers.gcp.GcpAssetCsvImporter;
import io.steward.importers.gcp.GcpAssetInventoryImporter;
import io.steward.importers.gcp.GcpIamPolicyImporter;
import io.steward.importers.gcp.GcpServiceAccountKeysImporter;
import io.steward.importers.gcp.GcpServiceAccountsImporter;
import io.steward.importers.generic.GenericCsvImporter;
import io.steward.importers.github.GithubDeployKeysImporter;
import io.steward.importers.github.GithubInstallationsImporter;
import io.steward.importers.github.GithubPatRequestsImporter;
import io.steward.importers.github.GithubPatsImporter;
import io.steward.importers.kubernetes.KubernetesImporter;
import io.steward.importers.people.PeopleDirectoryImporter;
import io.steward.importers.spire.SpireEntriesImporter;
import io.steward.importers.spreadsheet.SpreadsheetInventoryImporter;
import io.steward.importers.vault.VaultAppRolesImporter;
import io.steward.importers.vault.VaultSecretIdsImporter;
import io.steward.importers.vault.VaultTokensImporter;
import java.util.List;

/**
 * The importers Steward ships, in detection order (which also breaks confidence ties in listings): the
 * specific platform formats first, then the generic CSV, then the spreadsheet importers, which claim whole
 * file types at lower confidence.
 */
public final class StandardImporters {
    private StandardImporters() {
    }

    public static List<Importer> list() {
        return list(java.time.Clock.systemUTC());
    }

    /** The importers, those that read times relative to now (SPIRE entry expiry) on {@code clock}. */
    public static List<Importer> list(java.time.Clock clock) {
        return List.of(new CredentialReportImporter(), new AuthorizationDetailsImporter(), new AccessKeysImporter(),
                new GcpServiceAccountsImporter(), new GcpServiceAccountKeysImporter(), new GcpIamPolicyImporter(),
                new GcpAssetInventoryImporter(), new GcpAssetCsvImporter(), new EntraImporter(), new KubernetesImporter(),
                new GithubPatsImporter(), new GithubPatRequestsImporter(), new GithubInstallationsImporter(), new GithubDeployKeysImporter(),
                new VaultTokensImporter(), new VaultAppRolesImporter(), new VaultSecretIdsImporter(), new SpireEntriesImporter(clock),
                new GenericCsvImporter(), new SpreadsheetInventoryImporter(), new PeopleDirectoryImporter());
    }

    public static ImporterRegistry registry() {
        return new ImporterRegistry(list());
    }

    public static ImporterRegistry registry(java.time.Clock clock) {
        return new ImporterRegistry(list(clock));
    }
}
