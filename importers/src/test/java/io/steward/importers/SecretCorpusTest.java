package io.steward.importers;

import io.steward.model.ledger.Ledger;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.FileAppender;
import io.steward.model.inventory.ImportIssue;
import io.steward.model.inventory.SnapshotInfo;
import io.steward.model.inventory.Snapshots;
import io.steward.model.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports a corpus seeded with secrets of every kind (QUALITY.md) through every importer, with all
 * logging at DEBUG into a real log file, then searches the ledger file, its WAL and the log byte by byte
 * for every seeded value: zero hits. Each refusal is reported with file, record, field and rule.
 */
class SecretCorpusTest {
    static final String AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    static final String AWS_SECRET_2 = "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY";
    static final String SESSION_TOKEN = "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQDexampleSessionTokenValue1234567890";
    static final String GITHUB = "ghp_16C7e42F292c6912E7710c838347Ae178B4a";
    static final String GITHUB_PAT = "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRS";
    static final String SLACK = "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy";
    static final String JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzYS1iYWNrdXAifQ.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
    static final String PEM_BODY = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKjMzEfYyjiWA4R4";
    static final String PEM = "-----BEGIN PRIVATE KEY-----\n" + PEM_BODY + "\n-----END PRIVATE KEY-----";
    static final String VAULT = "hvs.CAESIJlU7kxJYVB3ByV7xVz4F0fe9yDDZe0CCpR5BYfTbmCWGh4KHGh2cy5aS0tYaVR4QjJOeWl2Z2F6RW5EemZiWjI";
    static final String VAULT_LEGACY = "s.Ga8pQxTjRcPcsnRi8eXqY0Ct";
    static final String AZURE = "Zk38Q~u1nkCzN7YdW0qE_vmVbRkLx5TgH2sJpFaQ";
    static final String GCP_KEY_DATA = Base64.getEncoder().encodeToString(("{\n  \"type\": \"service_account\",\n  \"project_id\": \"p\",\n"
            + "  \"private_key\": \"-----BEGIN PRIVATE KEY-----\\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASC\\n-----END PRIVATE KEY-----\\n\"\n}")
            .getBytes(StandardCharsets.UTF_8));
    static final String K8S_TOKEN = Base64.getEncoder().encodeToString(JWT.getBytes(StandardCharsets.UTF_8));
    static final String PASSWORD = "Hunter2-Correct-Horse-Battery";
    static final String RANDOM_KEY = "Zq3xT9vLm2Rk8WpYs7NbHc4JdFg6AeUo1Iy5KtMwQrXz";

    static final List<String> SEEDED = List.of(AWS_SECRET, AWS_SECRET_2, SESSION_TOKEN, GITHUB, GITHUB_PAT, SLACK, JWT, PEM_BODY,
            VAULT, VAULT_LEGACY, AZURE, GCP_KEY_DATA, K8S_TOKEN, PASSWORD, RANDOM_KEY);

    @TempDir
    Path dir;

    @Test
    void seededSecretsAreNeverWrittenAndEveryRefusalIsReported() throws Exception {
        Path log = dir.resolve("logs").resolve("steward.log");
        FileAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender = debugLogTo(log);
        Path ledger = dir.resolve("ledger.steward");
        List<ImportReport> reports = new ArrayList<>();
        try (Store store = Store.open(ledger)) {
            ImportService service = new ImportService(new Ledger(store, java.time.Clock.systemUTC()), StandardImporters.registry(), io.steward.importers.secrets.SecretGuard.standard(), java.time.Clock.systemUTC());
            for (Path file : corpus()) {
                reports.add(service.commit(file, ImportOptions.detect("tester"), ImportProgress.NONE, Cancellation.NEVER));
            }
            reports.add(service.preview(corpusFile("preview.csv", "id,name,notes\nsvc-9,preview," + GITHUB + "\n"),
                    ImportOptions.detect("tester"), ImportProgress.NONE, Cancellation.NEVER));
            // an error path: a parser complaint about a token that is a secret must not carry it into the log
            Path bad = corpusFile("broken.json", "{\"AccessKeyMetadata\": [ " + GITHUB + " ]}");
            try {
                service.commit(bad, ImportOptions.detect("tester"), ImportProgress.NONE, Cancellation.NEVER);
            } catch (BadInputException e) {
                LoggerFactory.getLogger(SecretCorpusTest.class).error("import failed", e);
            }
            List<Path> disk = List.of(ledger, Path.of(ledger + "-wal"), Path.of(ledger + "-shm"), log);
            assertThat(Path.of(ledger + "-wal")).exists();
            assertNoSecretIn(disk);

            assertRefusalsReported(store, reports);
        } finally {
            detach(appender);
        }
        assertNoSecretIn(List.of(ledger, Path.of(ledger + "-wal"), log));
    }

    private void assertRefusalsReported(Store store, List<ImportReport> reports) {
        long refused = reports.stream().mapToLong(r -> r.counts().refused()).sum();
        assertThat(refused).isGreaterThanOrEqualTo(SEEDED.size());
        Snapshots snapshots = new Snapshots(store);
        for (ImportReport report : reports) {
            assertThat(report.counts().refused()).as(report.file().getFileName().toString()).isPositive();
            assertThat(report.refusals()).allSatisfy(r -> {
                assertThat(r.rule()).isNotBlank();
                assertThat(r.field()).isNotBlank();
                assertThat(r.message()).contains("not stored");
            });
            if (report.committed()) {
                SnapshotInfo s = report.snapshot();
                List<ImportIssue> stored = snapshots.issues(s.id(), ImportIssue.Severity.REFUSED, 0, 1000);
                assertThat(stored).hasSize((int) report.counts().refused());
                assertThat(s.fileName()).isEqualTo(report.file().getFileName().toString());
            }
        }
        List<ImportIssue> all = reports.stream().flatMap(r -> r.refusals().stream()).toList();
        assertThat(all).extracting(ImportIssue::rule).contains("secret-field", "aws-secret-access-key", "github-token",
                "slack-token", "jwt", "pem-private-key", "vault-token", "azure-client-secret", "gcp-service-account-key", "high-entropy");
        assertThat(all).filteredOn(i -> i.recordNo() > 0).isNotEmpty();
    }

    private static void assertNoSecretIn(List<Path> files) throws Exception {
        for (Path f : files) {
            if (!Files.exists(f)) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(f);
            for (String secret : SEEDED) {
                assertThat(indexOf(bytes, secret.getBytes(StandardCharsets.UTF_8)))
                        .as("%s found in %s", secret.substring(0, 12) + "…", f.getFileName()).isEqualTo(-1);
            }
        }
    }

    private List<Path> corpus() throws Exception {
        List<Path> files = new ArrayList<>();
        files.add(corpusFile("inventory.csv", "id,name,owner,password,notes,description,labels\n"
                + "svc-1,deployer,team-a," + PASSWORD + ",\"AKIAIOSFODNN7EXAMPLE " + AWS_SECRET + "\"," + GITHUB + ",{}\n"
                + "svc-2,reporter,team-b,,\"Authorization: Bearer " + JWT + "\"," + SLACK + ",\"{\"\"token\"\": \"\"" + GITHUB_PAT + "\"\"}\"\n"
                + "svc-3,signer,team-c,,\"" + PEM + "\"," + VAULT + ",\n"
                + "svc-4,graph-app,team-d,,client secret " + AZURE + "," + GCP_KEY_DATA + ",\n"
                + "svc-5," + VAULT_LEGACY + ",team-e,,k8s " + K8S_TOKEN + "," + RANDOM_KEY + ",\n"));
        files.add(corpusFile("create-access-key.json", "{\"AccessKey\": {\"UserName\": \"Bob\", \"Status\": \"Active\","
                + " \"CreateDate\": \"2015-03-09T18:39:23.411Z\", \"SecretAccessKey\": \"" + AWS_SECRET_2 + "\","
                + " \"SessionToken\": \"" + SESSION_TOKEN + "\", \"AccessKeyId\": \"AKIAIOSFODNN7EXAMPLE\"}}"));
        files.add(corpusFile("authz.json", "{\"UserDetailList\": [{\"UserName\": \"svc\", \"Arn\": \"arn:aws:iam::123456789012:user/svc\","
                + " \"CreateDate\": \"2019-05-07T18:55:12Z\", \"Tags\": [{\"Key\": \"deploy-token\", \"Value\": \"" + SLACK + "\"},"
                + " {\"Key\": \"Owner\", \"Value\": \"team-a\"}],"
                + " \"UserPolicyList\": [{\"PolicyName\": \"p\", \"PolicyDocument\": {\"Statement\": {\"Effect\": \"Allow\","
                + " \"Action\": \"s3:GetObject\", \"Resource\": \"*\", \"Condition\": {\"StringEquals\": {\"aws:PrincipalTag/jwt\": \""
                + JWT + "\"}}}}}]}], \"RoleDetailList\": [{\"RoleName\": \"r\", \"Arn\": \"arn:aws:iam::123456789012:role/r\","
                + " \"Description\": \"" + PEM.replace("\n", "\\n") + "\", \"RoleLastUsed\": {}}],"
                + " \"Debug\": {\"kind\": \"Secret\", \"metadata\": {\"name\": \"x\"}, \"data\": {\"token\": \"" + K8S_TOKEN + "\"}}}"));
        String report = MalformedInputTest.REPORT_HEADER + ",aws_secret_access_key\n" + MalformedInputTest.ROOT_ROW + ",\n"
                + MalformedInputTest.USER_ROW + "," + AWS_SECRET + "\n";
        files.add(corpusFile("credential-report.csv", report));
        files.add(corpusFile("get-credential-report.json", "{\"Content\": \"" + Base64.getEncoder().encodeToString(report
                .getBytes(StandardCharsets.UTF_8)) + "\", \"GeneratedTime\": \"2024-12-04T10:11:12Z\", \"Token\": \"" + VAULT + "\"}"));
        return files;
    }

    private Path corpusFile(String name, String content) throws Exception {
        Path f = dir.resolve("corpus").resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content);
        return f;
    }

    private static FileAppender<ch.qos.logback.classic.spi.ILoggingEvent> debugLogTo(Path log) throws Exception {
        Files.createDirectories(log.getParent());
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d %-5level %logger - %msg%n%ex");
        encoder.start();
        FileAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setFile(log.toString());
        appender.setEncoder(encoder);
        appender.setImmediateFlush(true);
        appender.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
        root.setLevel(Level.DEBUG);
        for (String name : new String[] {"io.steward", "org.jooq", "org.flywaydb"}) {
            context.getLogger(name).setLevel(Level.DEBUG);
        }
        return appender;
    }

    private static void detach(FileAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
        appender.stop();
        context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.INFO);
        context.getLogger("org.jooq").setLevel(Level.WARN);
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        context.getLogger("io.steward").setLevel(Level.INFO);
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
