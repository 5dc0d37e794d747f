package io.steward.importers.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * Writes a realistic IAM credential report (22 columns, AWS's column order and value styles) with any
 * number of users: a root row, service users with one or two keys (some never used, some inactive),
 * human users with console passwords and MFA, a few signing certificates, N/A regions with real services,
 * and lowercase booleans. 1,000,000 users make a file of about 220 MB. Deterministic for a given seed.
 * Clean: it contains no secret material, so the secret guard should refuse nothing in it.
 * <p>
 * With {@code LATE_DUPLICATES_PER_1000} above 0 the file ends with that many late duplicates per 1,000 users: copies of
 * users written early in the file, every other one with a newer creation time (so it replaces the earlier row, which has
 * long been written to the ledger by then) and the rest unchanged (so it loses to the earlier row). The first {@code ROWS}
 * users are the same as without duplicates.
 * <p>
 * Usage: {@code CredentialReportGenerator OUT.csv [ROWS=1000000] [SEED=42] [LATE_DUPLICATES_PER_1000=0]}
 */
public final class CredentialReportGenerator {
    static final String HEADER = "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,"
            + "password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,"
            + "access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,"
            + "access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,"
            + "cert_1_last_rotated,cert_2_active,cert_2_last_rotated";
    private static final String[] TEAMS = {"payments", "ledger", "search", "data", "platform", "identity", "billing", "growth",
        "mobile", "ml", "risk", "support", "infra", "analytics", "checkout", "catalog"};
    private static final String[] APPS = {"etl", "api", "worker", "sync", "backup", "deployer", "exporter", "scheduler", "crawler",
        "ingest", "reporting", "webhook", "migrator", "indexer", "notifier", "archiver"};
    private static final String[] FIRST = {"alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy",
        "mallory", "niaj", "olivia", "peggy", "rupert", "sybil", "trent", "victor", "walter", "yasmin", "zoe", "christopher"};
    private static final String[] LAST = {"smith", "jones", "garcia", "miller", "davis", "lopez", "wilson", "anderson", "thomas",
        "taylor", "moore", "martin", "lee", "perez", "white", "harris", "clark", "lewis", "walker", "young"};
    private static final String[] REGIONS = {"us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2",
        "ap-northeast-1", "sa-east-1"};
    private static final String[] SERVICES = {"s3", "sts", "ec2", "iam", "dynamodb", "sqs", "sns", "lambda", "kms", "secretsmanager",
        "logs", "cloudwatch", "ecr", "ssm"};
    private static final long START = LocalDateTime.of(2015, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private static final long NOW = LocalDateTime.of(2025, 6, 1, 12, 0).toEpochSecond(ZoneOffset.UTC);

    private final SplittableRandom random;
    private final String account;
    private final StringBuilder row = new StringBuilder(320);

    public CredentialReportGenerator(long seed) {
        this.random = new SplittableRandom(seed);
        this.account = String.format("%012d", 100_000_000_000L + random.nextLong(899_999_999_999L));
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: CredentialReportGenerator OUT.csv [ROWS=1000000] [SEED=42] [LATE_DUPLICATES_PER_1000=0]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        int duplicatesPerThousand = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        long t0 = System.nanoTime();
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 20)) {
            new CredentialReportGenerator(seed).write(w, rows, duplicatesPerThousand);
        }
        System.out.printf("wrote %,d users (%,d bytes) to %s in %.1f s%n", rows, Files.size(out), out,
                (System.nanoTime() - t0) / 1e9);
    }

    /** Writes the header, the root row and {@code users - 1} user rows; no trailing newline (as AWS does). */
    public void write(Writer w, int users) throws IOException {
        write(w, users, 0);
    }

    /**
     * As {@link #write(Writer, int)}, then {@code users * duplicatesPerThousand / 1000} late duplicates of users from the first
     * half of the file, spread evenly over it.
     */
    public void write(Writer w, int users, int duplicatesPerThousand) throws IOException {
        int duplicates = (int) ((long) users * duplicatesPerThousand / 1000);
        int every = duplicates == 0 ? Integer.MAX_VALUE : Math.max(1, users / 2 / duplicates);
        java.util.List<String> early = new java.util.ArrayList<>(duplicates);
        w.write(HEADER);
        w.write('\n');
        w.write(rootRow());
        for (int i = 1; i < users; i++) {
            w.write('\n');
            String user = userRow(i);
            w.write(user);
            if (i % every == 0 && early.size() < duplicates) {
                early.add(user);
            }
        }
        for (int d = 0; d < early.size(); d++) {
            w.write('\n');
            w.write(d % 2 == 0 ? newerCreation(early.get(d), d) : early.get(d));
        }
    }

    /** The same user row with a creation time newer than any activity in the file, so it wins over the earlier row. */
    private static String newerCreation(String user, int d) {
        String[] fields = user.split(",", -1);
        fields[2] = ts(NOW + 60L * (d + 1));
        return String.join(",", fields);
    }

    private String rootRow() {
        row.setLength(0);
        long created = START - 86_400L * 400;
        row.append("<root_account>,arn:aws:iam::").append(account).append(":root,").append(ts(created))
                .append(",not_supported,").append(ts(NOW - 86_400L * 30)).append(",not_supported,not_supported,true,")
                .append("false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A");
        return row.toString();
    }

    private String userRow(int i) {
        row.setLength(0);
        boolean human = random.nextInt(100) < 20;
        String name;
        String path;
        if (human) {
            name = FIRST[random.nextInt(FIRST.length)] + "." + LAST[random.nextInt(LAST.length)] + Integer.toString(i, 36);
            path = random.nextInt(4) == 0 ? "/staff/" : "";
        } else {
            String team = TEAMS[random.nextInt(TEAMS.length)];
            name = team + "-" + APPS[random.nextInt(APPS.length)] + "-" + Integer.toString(i, 36);
            path = random.nextInt(5) == 0 ? "/service/" : "";
        }
        long created = START + random.nextLong(NOW - START - 86_400L);
        row.append(name).append(",arn:aws:iam::").append(account).append(":user").append(path.isEmpty() ? "/" : path).append(name)
                .append(',').append(ts(created)).append(',');
        if (human) {
            row.append("true,");
            row.append(random.nextInt(10) < 8 ? ts(after(created)) : "no_information").append(',');
            row.append(ts(after(created))).append(',');
            row.append(random.nextInt(3) == 0 ? ts(NOW + random.nextLong(86_400L * 90)) : "N/A").append(',');
            row.append(random.nextInt(10) < 6 ? "true," : "false,");
        } else {
            row.append("false,N/A,N/A,N/A,false,");
        }
        int keyChance = human ? 30 : 90;
        key(created, random.nextInt(100) < keyChance);
        key(created, random.nextInt(100) < (human ? 5 : 15));
        cert(random.nextInt(100) < 2);
        cert(random.nextInt(1000) < 3);
        row.setLength(row.length() - 1); // no trailing comma
        return row.toString();
    }

    private void key(long created, boolean present) {
        if (!present) {
            row.append("false,N/A,N/A,N/A,N/A,");
            return;
        }
        boolean active = random.nextInt(100) < 85;
        long rotated = after(created);
        row.append(active ? "true," : "false,").append(ts(rotated)).append(',');
        int usage = random.nextInt(100);
        if (usage < 12) {
            row.append("N/A,N/A,N/A,"); // active but never used
        } else {
            // last-used dates have 15-minute granularity
            long used = after(rotated) / 900 * 900;
            String service = SERVICES[random.nextInt(SERVICES.length)];
            String region = service.equals("s3") || service.equals("iam") || usage < 20 ? "N/A" : REGIONS[random.nextInt(REGIONS.length)];
            row.append(ts(used)).append(',').append(region).append(',').append(service).append(',');
        }
    }

    private void cert(boolean present) {
        if (present) {
            row.append("true,").append(ts(NOW - random.nextLong(86_400L * 900))).append(',');
        } else {
            row.append("false,N/A,");
        }
    }

    private long after(long t) {
        return t >= NOW ? NOW : t + random.nextLong(NOW - t);
    }

    /** AWS style: 2016-05-16T18:13:11+00:00. */
    static String ts(long epochSecond) {
        LocalDateTime d = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
        char[] c = "0000-00-00T00:00:00+00:00".toCharArray();
        put(c, 0, d.getYear(), 4);
        put(c, 5, d.getMonthValue(), 2);
        put(c, 8, d.getDayOfMonth(), 2);
        put(c, 11, d.getHour(), 2);
        put(c, 14, d.getMinute(), 2);
        put(c, 17, d.getSecond(), 2);
        return new String(c);
    }

    private static void put(char[] c, int at, int v, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + v % 10);
            v /= 10;
        }
    }
}
