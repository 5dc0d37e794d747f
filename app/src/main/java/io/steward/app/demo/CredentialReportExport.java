package io.steward.app.demo;

import io.steward.app.demo.DemoOrg.Key;
import io.steward.app.demo.DemoOrg.Role;
import io.steward.app.demo.DemoOrg.User;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Two IAM credential reports of the demo account a month apart, so the console has a diff to show: last
 * month's as {@code aws iam get-credential-report} JSON (base64 Content, GeneratedTime), this month's as the
 * console's CSV download. The ugly cases of docs/FORMATS-SUPPORTED.md are in them: the root account with an active
 * access key, N/A everywhere, keys that were never used, an N/A region next to a real service (s3), a user
 * listed twice, no trailing newline, and (this month) booleans in upper case as some tools write them.
 * Between the two: leavers removed, joiners added, keys used, some keys deactivated.
 */
final class CredentialReportExport implements DemoExport {
    static final String HEADER = "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,"
            + "password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,"
            + "access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,"
            + "access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,"
            + "cert_1_last_rotated,cert_2_active,cert_2_last_rotated";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'+00:00'").withZone(ZoneOffset.UTC);
    private static final int DAYS_BETWEEN = 30;

    @Override
    public List<Path> write(Path dir, DemoOrg org) throws IOException {
        Instant lastMonth = org.daysAgo(DAYS_BETWEEN);
        String older = report(org, lastMonth, false);
        Path json = dir.resolve("aws-credential-report-" + day(lastMonth) + ".json");
        Files.writeString(json, "{\n    \"Content\": \"" + Base64.getEncoder().encodeToString(older.getBytes(StandardCharsets.UTF_8))
                + "\",\n    \"ReportFormat\": \"text/csv\",\n    \"GeneratedTime\": \"" + lastMonth + "\"\n}\n", StandardCharsets.UTF_8);
        Path csv = dir.resolve("aws-credential-report-" + day(org.now()) + ".csv");
        Files.writeString(csv, report(org, org.now(), true), StandardCharsets.UTF_8);
        return List.of(json, csv);
    }

    private static String day(Instant t) {
        return t.toString().substring(0, 10);
    }

    /** The report as generated at {@code at}: the users that existed then, their keys as they were. */
    private static String report(DemoOrg org, Instant at, boolean thisMonth) {
        List<String> rows = new ArrayList<>();
        rows.add(HEADER);
        rows.add(root(org, at, thisMonth));
        List<User> users = new ArrayList<>(org.users());
        if (thisMonth) {
            users.removeIf(User::leavesThisMonth);
            users.addAll(org.joiners());
        }
        for (User u : users) {
            if (!u.created().isAfter(at)) {
                rows.add(row(u, at, thisMonth));
            }
        }
        // A user listed twice (seen in real exports): the same ARN, the later row with newer activity.
        User twice = users.get(3);
        rows.add(4, row(twice, at.minusSeconds(86_400L * 20), thisMonth));
        return String.join("\n", rows); // AWS writes no newline after the last row
    }

    private static String root(DemoOrg org, Instant at, boolean upper) {
        String arn = "arn:aws:iam::" + org.account() + ":root";
        Instant keyCreated = org.daysAgo(2900);
        return String.join(",", "<root_account>", arn, time(org.daysAgo(3100)), "not_supported", time(at.minusSeconds(86_400L * 9)),
                "not_supported", "not_supported", bool(true, upper), bool(true, upper), time(keyCreated), time(at.minusSeconds(86_400L * 40)),
                "us-east-1", "ec2", bool(false, upper), "N/A", "N/A", "N/A", "N/A", bool(false, upper), "N/A", bool(false, upper), "N/A");
    }

    private static String row(User u, Instant at, boolean upper) {
        List<String> f = new ArrayList<>();
        boolean person = u.role() == Role.PERSON;
        f.add(u.name());
        f.add(u.arn());
        f.add(time(u.created()));
        f.add(bool(person, upper));
        f.add(person ? time(at.minusSeconds(3_600L * (5 + u.n() % 400))) : "N/A");
        f.add(person ? time(u.created().plusSeconds(86_400L * 7)) : "N/A");
        f.add("N/A");
        f.add(bool(person, upper));
        for (int k = 0; k < 2; k++) {
            Key key = k < u.keys().size() ? u.keys().get(k) : null;
            if (key == null || key.created().isAfter(at)) {
                f.addAll(List.of(bool(false, upper), "N/A", "N/A", "N/A", "N/A"));
                continue;
            }
            // A tenth of the active keys were switched off during the month.
            boolean active = key.active() || (!upper && u.n() % 10 == 0);
            Instant used = key.lastUsed() == null || key.lastUsed().isAfter(at) ? usedBefore(key, at) : key.lastUsed();
            f.add(bool(active, upper));
            f.add(time(key.created()));
            f.add(used == null ? "N/A" : time(used));
            f.add(used == null || "s3".equals(key.service()) ? "N/A" : key.region()); // s3 is global: AWS writes N/A
            f.add(used == null ? "N/A" : key.service());
        }
        boolean cert = u.role() == Role.CI_BOT && u.n() % 4 == 0;
        f.addAll(List.of(bool(cert, upper), cert ? time(u.created().plusSeconds(3_600)) : "N/A", bool(false, upper), "N/A"));
        return String.join(",", f);
    }

    /** Last month's view of a key used since: its use a month earlier, if the key was in use then. */
    private static Instant usedBefore(Key key, Instant at) {
        if (key.lastUsed() == null) {
            return null;
        }
        Instant earlier = key.lastUsed().minusSeconds(86_400L * DAYS_BETWEEN);
        return earlier.isAfter(key.created()) && !earlier.isAfter(at) ? earlier : null;
    }

    private static String time(Instant t) {
        return TIME.format(t);
    }

    private static String bool(boolean v, boolean upper) {
        String s = Boolean.toString(v);
        return upper ? s.toUpperCase(Locale.ROOT) : s;
    }
}
