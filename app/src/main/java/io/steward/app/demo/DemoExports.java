package io.steward.app.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled demo exports: which platforms' files a demo holds and in what order they are imported. Each
 * platform is one {@link DemoExport}: AWS, GCP, Entra, Kubernetes, GitHub, Vault, SPIRE, the CMDB spreadsheet
 * and, last, the people directory that names the owners (and the leavers) of them all.
 */
public final class DemoExports {
    /** IAM users in the demo account: with their access keys, roles and the spreadsheet, a few thousand identities. */
    static final int AWS_USERS = 1_200;
    static final int SPREADSHEET_ROWS = 600;

    private final List<DemoExport> exports;

    public DemoExports(List<DemoExport> exports) {
        this.exports = List.copyOf(exports);
    }

    public static DemoExports standard() {
        return new DemoExports(List.of(new CredentialReportExport(), new AuthorizationDetailsExport(), new AccessKeysExport(),
                new GcpExport(), new EntraExport(), new KubernetesExport(), new GithubExport(), new VaultExport(), new SpireExport(),
                new SpreadsheetInventoryExport(SPREADSHEET_ROWS), new PeopleDirectoryExport()));
    }

    /** Writes every export into {@code dir} (created if needed) and returns the files in import order. */
    public List<Path> writeAll(Path dir, DemoOrg org) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (DemoExport export : exports) {
            files.addAll(export.write(dir, org));
        }
        return files;
    }
}
