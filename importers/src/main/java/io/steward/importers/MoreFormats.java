package io.steward.importers;

import io.steward.importers.entra.EntraImporter;
import io.steward.importers.gcp.GcpAssetCsvImporter;
import io.steward.importers.gcp.GcpAssetInventoryImporter;
import io.steward.importers.gcp.GcpIamPolicyImporter;
import io.steward.importers.gcp.GcpServiceAccountKeysImporter;
import io.steward.importers.gcp.GcpServiceAccountsImporter;
import io.steward.importers.github.GithubDeployKeysImporter;
import io.steward.importers.github.GithubInstallationsImporter;
import io.steward.importers.github.GithubPatsImporter;
import io.steward.importers.kubernetes.KubernetesImporter;
import io.steward.importers.spire.SpireEntriesImporter;
import io.steward.importers.vault.VaultAppRolesImporter;
import io.steward.importers.vault.VaultSecretIdsImporter;
import io.steward.importers.vault.VaultTokensImporter;
import java.util.List;

/**
 * The platform importers of the formats branch (GCP, Entra, Kubernetes, GitHub, Vault, SPIRE), in the
 * order they join {@link StandardImporters}: after the AWS importers, before the generic spreadsheet ones.
 */
public final class MoreFormats {
    private MoreFormats() {
    }

    /** Spreadsheet importers: last in detection order (they claim whole file types, at lower confidence). */
    public static List<Importer> spreadsheetImporters() {
        return List.of(new io.steward.importers.spreadsheet.SpreadsheetInventoryImporter(),
                new io.steward.importers.people.PeopleDirectoryImporter());
    }

    public static List<Importer> platformImporters() {
        return List.of(new GcpServiceAccountsImporter(), new GcpServiceAccountKeysImporter(), new GcpIamPolicyImporter(),
                new GcpAssetInventoryImporter(), new GcpAssetCsvImporter(), new EntraImporter(), new KubernetesImporter(),
                new GithubPatsImporter(), new GithubInstallationsImporter(), new GithubDeployKeysImporter(), new VaultTokensImporter(),
                new VaultAppRolesImporter(), new VaultSecretIdsImporter(), new SpireEntriesImporter());
    }
}
