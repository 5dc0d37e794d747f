package io.steward.importers;

import io.steward.model.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SmokeTest {
    @TempDir
    Path dir;

    @Test
    void importsSmallReport() throws Exception {
        Path csv = dir.resolve("report.csv");
        Files.writeString(csv, """
                user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated
                <root_account>,arn:aws:iam::123456789012:root,2014-01-02T10:00:00+00:00,not_supported,2024-01-01T00:00:00+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A
                svc,arn:aws:iam::123456789012:user/svc,2016-05-16T18:13:11+00:00,false,N/A,N/A,N/A,false,true,2016-05-16T18:13:11+00:00,2024-02-01T10:15:00+00:00,us-east-1,s3,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A""");
        try (Store store = Store.open(dir.resolve("l.steward"))) {
            ImportService service = new ImportService(store, StandardImporters.registry());
            ImportReport r = service.commit(csv, ImportOptions.detect("tester"), ImportProgress.NONE, Cancellation.NEVER);
            System.out.println(r);
            assertThat(r.counts().identities()).isEqualTo(3);
        }
    }
}
