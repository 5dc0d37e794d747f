package io.steward.app.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The CMDB spreadsheet of everything that is not in AWS (API keys, bot tokens, database and batch accounts),
 * saved from a European-locale Excel: UTF-8 BOM, {@code ;} between columns, blank and "n/a" owners, booleans
 * as TRUE/FALSE and Y/N in one file, date-only created dates, relative idle days, pipe-separated
 * permissions, "Pending Retirement" statuses, and one live-looking token pasted into a notes column, which
 * the import refuses to store (docs/FORMATS-SUPPORTED.md).
 */
final class SpreadsheetInventoryExport implements DemoExport {
    private static final String[] TYPES = {"API Key", "Bot Token", "Service Account", "CI/CD Token", "Database", "Batch", "IoT Device"};
    private static final String[] SYSTEMS = {"Salesforce", "Stripe", "Datadog", "PagerDuty", "Snowflake", "Jenkins", "Slack", "Okta",
        "Postgres", "Kafka", "Twilio", "Zendesk"};
    private static final String[] ENVS = {"Production", "Production", "QA", "UAT", "DR", "Development"};
    private static final String[] STATUS = {"Active", "Active", "Active", "Enabled", "Disabled", "Pending Retirement"};
    private static final String[] PERMISSIONS = {"read", "read|write", "admin", "repo:read|repo:write", "s3:GetObject|s3:PutObject",
        "billing:read", "*"};
    /** A made-up GitHub token shape, pasted into the notes of one row; the import must refuse it. */
    private static final String PASTED_TOKEN = "ghp_" + "Zx8Qm2Lp5Tn7Rv4Ws1Yk9Hc3Jd6Gf0Bh2Na5";

    private final int rows;

    SpreadsheetInventoryExport(int rows) {
        this.rows = rows;
    }

    @Override
    public List<Path> write(Path dir, DemoOrg org) throws IOException {
        SplittableRandom r = new SplittableRandom(7);
        List<String> lines = new ArrayList<>();
        lines.add("\uFEFFAccount_ID;Account_Name;Account_Type;Service_Application;Environment;Technical_Owner;Created_Date;Idle_Days;"
                + "Account_Status;Privileged_Access_Flag;Interactive_Logon_Allowed;Permissions;Notes");
        for (int i = 0; i < rows; i++) {
            String system = SYSTEMS[r.nextInt(SYSTEMS.length)];
            String type = TYPES[r.nextInt(TYPES.length)];
            String team = DemoOrg.TEAMS[r.nextInt(DemoOrg.TEAMS.length)];
            int ownerStyle = r.nextInt(10);
            String owner = ownerStyle < 2 ? "" : ownerStyle == 2 ? "n/a" : ownerStyle == 3 ? team + "@example.com" : team;
            Instant created = org.daysAgo(20 + r.nextDouble() * 2500);
            String idle = r.nextInt(8) == 0 ? "" : Integer.toString(r.nextInt(500));
            String privileged = r.nextBoolean() ? (r.nextInt(6) == 0 ? "TRUE" : "FALSE") : (r.nextInt(6) == 0 ? "Y" : "N");
            String notes = i == 17 ? "token " + PASTED_TOKEN + " (rotate!)" : i % 11 == 0 ? "owner left in 2023, ask " + team : "";
            lines.add(String.join(";", String.format("SVC-%04d", 2000 + i), (system + "-" + type.replace(' ', '-') + "-" + team).toLowerCase()
                            + (i % 13 == 0 ? "" : "-" + i), type, system, ENVS[r.nextInt(ENVS.length)], owner,
                    created.toString().substring(0, 10), idle, STATUS[r.nextInt(STATUS.length)], privileged, r.nextInt(5) == 0 ? "Yes" : "No",
                    PERMISSIONS[r.nextInt(PERMISSIONS.length)], notes));
        }
        Path file = dir.resolve("cmdb-service-accounts-" + org.now().toString().substring(0, 7) + ".csv");
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return List.of(file);
    }
}
