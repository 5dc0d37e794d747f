package io.steward.importers.aws;

import io.steward.importers.spi.Cancellation;
import io.steward.importers.spi.ImportProgress;
import io.steward.importers.spi.RecordSink;
import io.steward.importers.csv.CsvInput;
import io.steward.importers.values.Booleans;
import io.steward.importers.values.InvalidValueException;
import io.steward.importers.values.NullIsh;
import io.steward.importers.values.TimeValues;
import io.steward.model.inventory.CredentialRecord;
import io.steward.model.inventory.IdentityRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.steward.importers.aws.CredentialReportColumn.ARN;
import static io.steward.importers.aws.CredentialReportColumn.MFA_ACTIVE;
import static io.steward.importers.aws.CredentialReportColumn.PASSWORD_ENABLED;
import static io.steward.importers.aws.CredentialReportColumn.PASSWORD_LAST_CHANGED;
import static io.steward.importers.aws.CredentialReportColumn.PASSWORD_LAST_USED;
import static io.steward.importers.aws.CredentialReportColumn.PASSWORD_NEXT_ROTATION;
import static io.steward.importers.aws.CredentialReportColumn.USER;
import static io.steward.importers.aws.CredentialReportColumn.USER_CREATION_TIME;

/**
 * Maps the rows of an IAM credential report (docs/FORMATS-SUPPORTED.md) to identities: one per IAM user (or the root
 * account), with its console password and signing certificates as credentials, plus one per access key
 * ({@code <arn>#key1}, {@code <arn>#key2}) when the key exists (rotated date known, or active).
 */
final class CredentialReportRows {
    static final String KIND_USER = "iam-user";
    static final String KIND_ROOT = "root-account";
    static final String KIND_ACCESS_KEY = "access-key";
    /** Report fields are short; anything longer is not a credential report. */
    private static final int MAX_FIELD = 4_096;
    private static final int COLUMNS = CredentialReportColumn.values().length;
    // index 1 and 2: the key / certificate slot
    private static final CredentialReportColumn[] KEY_ACTIVE = {null, CredentialReportColumn.KEY1_ACTIVE, CredentialReportColumn.KEY2_ACTIVE};
    private static final CredentialReportColumn[] KEY_ROTATED = {null, CredentialReportColumn.KEY1_LAST_ROTATED,
        CredentialReportColumn.KEY2_LAST_ROTATED};
    private static final CredentialReportColumn[] KEY_USED = {null, CredentialReportColumn.KEY1_LAST_USED_DATE,
        CredentialReportColumn.KEY2_LAST_USED_DATE};
    private static final CredentialReportColumn[] KEY_REGION = {null, CredentialReportColumn.KEY1_LAST_USED_REGION,
        CredentialReportColumn.KEY2_LAST_USED_REGION};
    private static final CredentialReportColumn[] KEY_SERVICE = {null, CredentialReportColumn.KEY1_LAST_USED_SERVICE,
        CredentialReportColumn.KEY2_LAST_USED_SERVICE};
    private static final CredentialReportColumn[] CERT_ACTIVE = {null, CredentialReportColumn.CERT1_ACTIVE, CredentialReportColumn.CERT2_ACTIVE};
    private static final CredentialReportColumn[] CERT_ROTATED = {null, CredentialReportColumn.CERT1_LAST_ROTATED,
        CredentialReportColumn.CERT2_LAST_ROTATED};

    private final Path file;
    private final RecordSink sink;
    private final Cancellation cancel;
    private CsvInput in;
    private String[] header;
    private CredentialReportColumn[] columnAt;
    private final String[] v = new String[COLUMNS];

    CredentialReportRows(Path file, RecordSink sink, Cancellation cancel) {
        this.file = file;
        this.sink = sink;
        this.cancel = cancel;
    }

    /** Reads the CSV bytes (the file itself, or the decoded Content of the JSON response). */
    void read(InputStream csv, long totalBytes, String where, ImportProgress progress) throws IOException {
        try (CsvInput input = new CsvInput(file, csv, totalBytes, ',', progress, MAX_FIELD, where)) {
            in = input;
            mapHeader(input.header());
            while (input.next()) {
                cancel.check();
                row();
            }
            if (input.recordNo() == 0) {
                throw input.bad(0, "the report has a header but no rows (every report has at least the <root_account> row)."
                        + " Generate the report again");
            }
        }
    }

    private void mapHeader(String[] names) {
        header = names;
        columnAt = new CredentialReportColumn[names.length];
        boolean[] seen = new boolean[COLUMNS];
        for (int i = 0; i < names.length; i++) {
            CredentialReportColumn c = CredentialReportColumn.byHeader(names[i]);
            columnAt[i] = c;
            if (c != null) {
                if (seen[c.ordinal()]) {
                    throw in.bad(1, "the column " + c.header + " appears twice in the header");
                }
                seen[c.ordinal()] = true;
            } else {
                sink.warning(0, 1, safeName(names[i]), "unknown-column",
                        "column " + (i + 1) + " is not a credential-report column; its values were checked for secrets and ignored");
            }
        }
        for (CredentialReportColumn required : new CredentialReportColumn[] {USER, ARN, USER_CREATION_TIME}) {
            if (!seen[required.ordinal()]) {
                throw in.bad(1, "the header has no '" + required.header + "' column, so this is not an IAM credential report"
                        + " (expected " + CredentialReportColumn.HEADER_START + ",...)");
            }
        }
    }

    private String safeName(String headerName) {
        String screened = sink.screen(0, 1, "header", headerName);
        return screened == null ? null : screened.strip();
    }

    private void row() {
        long rec = in.recordNo();
        long line = in.line();
        java.util.Arrays.fill(v, null);
        boolean idRefused = false;
        for (int i = 0; i < columnAt.length; i++) {
            String raw = in.field(i);
            String clean = raw.isEmpty() ? raw : sink.screen(rec, line, header[i], raw);
            if (columnAt[i] != null) {
                v[columnAt[i].ordinal()] = clean;
                idRefused |= clean == null && (columnAt[i] == USER || columnAt[i] == ARN);
            }
        }
        if (idRefused) {
            sink.warning(rec, line, null, "record-skipped", "the user name or ARN was refused as secret material, so the row"
                    + " cannot be identified; it was skipped");
            return;
        }
        AwsArn arn = AwsArn.parseIam(v[ARN.ordinal()]);
        if (arn == null || !(arn.isRoot() || arn.resource().startsWith("user/"))) {
            throw in.badField("arn", "not the ARN of an IAM user or root account (expected arn:aws:iam::<12-digit account>:user/<name>"
                    + " or arn:aws:iam::<account>:root)");
        }
        sink.source(arn.source());
        String userName = NullIsh.text(v[USER.ordinal()]);
        if (userName == null) {
            throw in.badField("user", "the user name is empty");
        }
        String arnText = v[ARN.ordinal()];
        boolean root = arn.isRoot() || "<root_account>".equals(userName);
        Boolean passwordEnabled = bool(PASSWORD_ENABLED);
        Instant passwordLastUsed = time(PASSWORD_LAST_USED);
        Instant passwordLastChanged = time(PASSWORD_LAST_CHANGED);
        Instant passwordNextRotation = time(PASSWORD_NEXT_ROTATION);
        Boolean mfa = bool(MFA_ACTIVE);

        List<CredentialRecord> userCredentials = new ArrayList<>(3);
        if (Boolean.TRUE.equals(passwordEnabled) || passwordLastChanged != null) {
            userCredentials.add(new CredentialRecord("password", null, "console-password", passwordEnabled, null,
                    passwordLastChanged, passwordLastUsed, passwordNextRotation));
        }
        for (int cert = 1; cert <= 2; cert++) {
            Boolean active = bool(CERT_ACTIVE[cert]);
            Instant rotated = time(CERT_ROTATED[cert]);
            if (rotated != null || Boolean.TRUE.equals(active)) {
                userCredentials.add(new CredentialRecord("cert" + cert, null, "signing-certificate", active, rotated, rotated,
                        null, null));
            }
        }

        Instant lastUsed = passwordLastUsed;
        boolean anyActiveKey = false;
        List<IdentityRecord> keys = new ArrayList<>(2);
        for (int k = 1; k <= 2; k++) {
            IdentityRecord key = key(k, arnText, userName, root, rec, line);
            if (key != null) {
                keys.add(key);
                lastUsed = io.steward.model.inventory.Timestamps.max(lastUsed, key.lastUsedAt());
                anyActiveKey |= Boolean.TRUE.equals(key.enabled());
            }
        }

        Map<String, Object> attributes = new TreeMap<>();
        attributes.put("passwordEnabled", passwordEnabled);
        attributes.put("mfaActive", mfa);
        if (!root) {
            String path = arn.path();
            if (!"/".equals(path)) {
                attributes.put("path", path);
            }
            // No console password + an active key is the classic "service user"; a password is a human-use signal.
            attributes.put("serviceUser", !Boolean.TRUE.equals(passwordEnabled) && anyActiveKey);
        }
        sink.identity(IdentityRecord.builder(arnText, root ? KIND_ROOT : KIND_USER)
                .name(userName).createdAt(time(USER_CREATION_TIME)).lastUsedAt(lastUsed)
                .attributes(attributes).credentials(userCredentials).children(keys).at(rec, line).build());
    }

    /** The access key in slot k as its own identity (a child of the user), or null when the slot is empty. */
    private IdentityRecord key(int k, String arnText, String userName, boolean root, long rec, long line) {
        Boolean active = bool(KEY_ACTIVE[k]);
        Instant rotated = time(KEY_ROTATED[k]);
        if (rotated == null && !Boolean.TRUE.equals(active)) {
            return null;
        }
        Instant used = time(KEY_USED[k]);
        Map<String, Object> attributes = new TreeMap<>();
        attributes.put("lastUsedRegion", NullIsh.text(v[KEY_REGION[k].ordinal()]));
        attributes.put("lastUsedService", NullIsh.text(v[KEY_SERVICE[k].ordinal()]));
        if (root) {
            attributes.put("rootAccountKey", true);
        }
        String id = arnText + "#key" + k;
        CredentialRecord credential = new CredentialRecord("key" + k, null, "aws-access-key", active, rotated, rotated, used, null);
        return IdentityRecord.builder(id, KIND_ACCESS_KEY)
                .name(userName + " access key " + k).enabled(active).createdAt(rotated).lastUsedAt(used)
                .attributes(attributes).credentials(List.of(credential)).at(rec, line).build();
    }

    private Boolean bool(CredentialReportColumn c) {
        try {
            return Booleans.parse(v[c.ordinal()]);
        } catch (InvalidValueException e) {
            throw in.badField(c.header, e.getMessage());
        }
    }

    private Instant time(CredentialReportColumn c) {
        try {
            return TimeValues.parse(v[c.ordinal()]);
        } catch (InvalidValueException e) {
            throw in.badField(c.header, e.getMessage());
        }
    }
}
