package io.steward.importers;

import io.steward.importers.spi.BadInputException;
import io.steward.importers.spi.Cancellation;
import io.steward.importers.spi.ImportProgress;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The malformed corpus: each file is refused with a message naming the file, the line or
 * record and the reason; nothing is committed; the ledger stays usable. (The CLI maps the exception to exit 3.)
 */
class MalformedInputTest extends LedgerTestBase {
    static final String REPORT_HEADER = "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,"
            + "password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,"
            + "access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,"
            + "access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,"
            + "cert_1_last_rotated,cert_2_active,cert_2_last_rotated";
    static final String ROOT_ROW = "<root_account>,arn:aws:iam::123456789012:root,2014-03-02T09:16:30+00:00,not_supported,N/A,"
            + "not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A";
    static final String USER_ROW = "svc,arn:aws:iam::123456789012:user/svc,2019-05-07T18:55:12+00:00,false,N/A,N/A,N/A,false,true,"
            + "2019-05-07T18:56:01+00:00,2024-12-01T10:15:00+00:00,us-east-1,s3,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A";


    static Stream<Arguments> corpus() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(text("truncated report (last row cut)", "truncated.csv",
                REPORT_HEADER + "\n" + ROOT_ROW + "\n" + USER_ROW.substring(0, 60), "line 3", "different number of fields"));
        cases.add(text("truncated JSON", "truncated.json",
                "{\"UserDetailList\": [{\"UserName\": \"a\", \"Arn\": \"arn:aws:iam::123456789012:user/a\"", "ends early", "truncated"));
        cases.add(text("truncated base64 Content", "report-cut.json", "{\"Content\": \"dXNlcixhcm4sdXNlcl9jcmVhdGlvbl90aW1l",
                "truncated", "ends early"));
        cases.add(bytes("wrong encoding (Latin-1)", "latin1.csv",
                "id,name,owner\nsvc-1,Caf\u00e9 export,team\n".getBytes(StandardCharsets.ISO_8859_1), "not valid UTF-8", "line 2"));
        cases.add(bytes("UTF-16 with BOM", "utf16.csv", utf16("id,name,owner\nsvc-1,a,b\n"), "UTF-16", "UTF-8"));
        cases.add(bytes("UTF-8 BOM before a JSON document that is cut", "bom.json",
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "{\"AccessKeyMetadata\": [".getBytes(StandardCharsets.UTF_8)),
                "ends early", "truncated"));
        cases.add(text("wrong delimiter in the rows", "semicolon-rows.csv",
                REPORT_HEADER + "\n" + ROOT_ROW.replace(',', ';'), "line 2", "different number of fields"));
        cases.add(text("invalid JSON: trailing comma (GCP docs style)", "policy.json",
                "{\n  \"UserDetailList\": [\n    {\"UserName\": \"a\", \"Arn\": \"arn:aws:iam::123456789012:user/a\",},\n  ],\n}\n",
                "not valid JSON", "line 3"));
        cases.add(text("invalid JSON from docs: ellipsis and comments", "keys-list.json",
                "{\"AccessKeyMetadata\": [\n  {\"UserName\": \"Bob\", \"AccessKeyId\": \"AKIAIOSFODNN7EXAMPLE\" // the key\n  },\n  ...\n]}",
                "not valid JSON", "line 2"));
        cases.add(text("wrong type: boolean column", "bad-bool.csv", REPORT_HEADER + "\n" + ROOT_ROW + "\n"
                + USER_ROW.replace(",false,N/A,N/A,N/A,false,true,", ",maybe,N/A,N/A,N/A,false,true,"),
                "line 3", "password_enabled", "expected a boolean"));
        cases.add(text("wrong type: timestamp column", "bad-time.csv", REPORT_HEADER + "\n" + ROOT_ROW + "\n"
                + USER_ROW.replace("2019-05-07T18:55:12+00:00", "last tuesday"), "line 3", "user_creation_time", "expected a timestamp"));
        cases.add(text("wrong type: list is a string", "not-a-list.json", "{\"UserDetailList\": \"none\", \"RoleDetailList\": []}",
                "UserDetailList must be a JSON array"));
        cases.add(text("wrong type: access key status", "status.json",
                "{\"AccessKeyMetadata\": [{\"UserName\": \"Bob\", \"AccessKeyId\": \"AKIAIOSFODNN7EXAMPLE\", \"Status\": \"Enabled\","
                        + " \"CreateDate\": \"2013-06-04T18:17:34Z\"}]}", "record 1", "Status", "Active or Inactive"));
        cases.add(text("wrong type: generic date", "inventory.csv", "id,name,created_date\nsvc-1,a,yesterday\n",
                "line 2", "created_date", "expected a timestamp"));
        cases.add(text("duplicate column in the header", "dup-column.csv",
                REPORT_HEADER + ",arn\n" + ROOT_ROW + ",x\n", "appears twice"));
        cases.add(text("huge field in a report", "huge-report.csv", REPORT_HEADER + "\n" + ROOT_ROW + "\n"
                + USER_ROW.replace("svc,", "a".repeat(100_000) + ","), "line 3", "characters long"));
        cases.add(text("huge field in a generic inventory", "huge.csv", "id,name,notes\nsvc-1,a," + "x".repeat(200_000) + "\n",
                "line 2", "characters long"));
        cases.add(bytes("empty file", "empty.csv", new byte[0], "empty"));
        cases.add(text("only whitespace", "blank.json", "  \n\n  ", "whitespace"));
        cases.add(bytes("binary file (a zip archive)", "export.csv", concat("PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1),
                new byte[] {0, 0, 8, 0, 0, 0, 1, 2, 3}), "binary"));
        cases.add(text("pretty-printed | table named .csv (Confluent CLI)", "api-keys.csv", """
                      Current |       Key        | Description |   Owner   |     Owner Email     | Resource Type |   Created
                    ----------+------------------+-------------+-----------+---------------------+---------------+------------
                              | ABCDEFGH12345678 | ci deployer | sa-abc123 |                     | cloud         | 2023-01-01
                              | IJKLMNOP87654321 | billing     | sa-def456 | billing@example.com | kafka         | 2023-02-01
                              |                  | export for  |           |                     |               |
                              |                  | finance     |           |                     |               |
                    """, "pretty-printed", "CSV"));
        cases.add(text("bordered text table", "table.csv", "+----+------+\n| id | name |\n+----+------+\n| 1  | a    |\n+----+------+\n",
                "pretty-printed"));
        cases.add(text("unknown JSON", "other.json", "{\"items\": [{\"a\": 1}]}", "no importer recognises", "items"));
        cases.add(text("report header but no rows", "header-only.csv", REPORT_HEADER + "\n", "no rows"));
        cases.add(text("not an IAM ARN", "bad-arn.csv", REPORT_HEADER + "\n" + ROOT_ROW.replace("arn:aws:iam::123456789012:root", "root"),
                "line 2", "arn", "not the ARN"));
        cases.add(text("two accounts in one report", "two-accounts.csv", REPORT_HEADER + "\n" + ROOT_ROW + "\n"
                + USER_ROW.replace("123456789012", "999999999999"), "two sources"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void refusedWithWhereAndWhyAndNothingCommitted(String name, String fileName, byte[] content, List<String> expected) throws Exception {
        service.commit(Fixtures.copy(Path.of("aws-credential-report/basic.csv"), dir), ImportOptions.detect("tester"),
                ImportProgress.NONE, Cancellation.NEVER); // earlier data that must stay as it is
        StoreState before = StoreState.of(store);
        Path file = dir.resolve(fileName);
        Files.write(file, content);

        assertThatThrownBy(() -> service.commit(file, ImportOptions.detect("tester"), ImportProgress.NONE, Cancellation.NEVER))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> {
                    assertThat(e.getMessage()).startsWith(file.toString());
                    for (String fragment : expected) {
                        assertThat(e.getMessage()).containsIgnoringCase(fragment);
                    }
                });
        assertThat(StoreState.of(store)).isEqualTo(before);
        // the ledger is still usable
        ImportReport again = service.commit(Fixtures.copy(Path.of("aws-access-keys/list-access-keys.json"), dir),
                ImportOptions.detect("tester"), ImportProgress.NONE, Cancellation.NEVER);
        assertThat(again.committed()).isTrue();
    }

    @Test
    void messagesNeverEchoTheOffendingValue() throws Exception {
        String odd = "Tuesday-the-13th-at-noon";
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, REPORT_HEADER + "\n" + ROOT_ROW.replace("2014-03-02T09:16:30+00:00", odd) + "\n");
        assertThatThrownBy(() -> service.commit(file, ImportOptions.detect("tester"), ImportProgress.NONE, Cancellation.NEVER))
                .isInstanceOf(BadInputException.class).message().contains("user_creation_time").doesNotContain(odd);
        String secretish = "ghp_16C7e42F292c6912E7710c838347Ae178B4a";
        Path json = dir.resolve("bad.json");
        Files.writeString(json, "{\"AccessKeyMetadata\": [ " + secretish + " ]}");
        assertThatThrownBy(() -> service.commit(json, ImportOptions.detect("tester"), ImportProgress.NONE, Cancellation.NEVER))
                .isInstanceOf(BadInputException.class).message().doesNotContain(secretish).doesNotContain("16C7e42F");
    }

    @Test
    void duplicateRowsAreNotAnErrorButWarnings() throws Exception {
        Path file = dir.resolve("dups.csv");
        Files.writeString(file, REPORT_HEADER + "\n" + ROOT_ROW + "\n" + USER_ROW + "\n" + USER_ROW);
        ImportReport report = service.commit(file, ImportOptions.detect("tester"), ImportProgress.NONE, Cancellation.NEVER);
        assertThat(report.counts().duplicates()).isEqualTo(1);
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w.rule()).isEqualTo("duplicate-id"));
    }

    private static Arguments text(String name, String file, String content, String... expected) {
        return bytes(name, file, content.getBytes(StandardCharsets.UTF_8), expected);
    }

    private static Arguments bytes(String name, String file, byte[] content, String... expected) {
        return Arguments.of(name, file, content, List.of(expected));
    }

    private static byte[] utf16(String s) {
        return concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, s.getBytes(StandardCharsets.UTF_16LE));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
