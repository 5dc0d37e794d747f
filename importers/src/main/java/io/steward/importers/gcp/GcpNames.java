package io.steward.importers.gcp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** GCP resource names and service-account e-mail shapes (docs/FORMATS-SUPPORTED.md). */
final class GcpNames {
    private static final Pattern KEY_NAME = Pattern.compile(
            "(?://iam\\.googleapis\\.com/)?projects/([^/]+)/serviceAccounts/([^/]+)/keys/([^/]+)");
    private static final Pattern SA_NAME = Pattern.compile("(?://iam\\.googleapis\\.com/)?projects/([^/]+)/serviceAccounts/([^/]+)");
    private static final Pattern USER_MANAGED = Pattern.compile("[^@]+@([a-z][a-z0-9-]{4,28}[a-z0-9])\\.iam\\.gserviceaccount\\.com");
    private static final Pattern DEFAULT_COMPUTE = Pattern.compile("\\d+-compute@developer\\.gserviceaccount\\.com");
    private static final Pattern APP_ENGINE = Pattern.compile("([a-z][a-z0-9-]+)@appspot\\.gserviceaccount\\.com");
    private static final Pattern SERVICE_AGENT = Pattern.compile("service-\\d+@gcp-sa-[a-z0-9-]+\\.iam\\.gserviceaccount\\.com"
            + "|\\d+@cloudservices\\.gserviceaccount\\.com|[a-z0-9-]+@[a-z0-9-]+\\.google\\.com\\.iam\\.gserviceaccount\\.com");

    private GcpNames() {
    }

    /** projects/P/serviceAccounts/EMAIL/keys/ID parsed; {@code null} when the name has another shape. */
    record KeyName(String project, String account, String keyId) {
    }

    static KeyName keyName(String name) {
        if (name == null) {
            return null;
        }
        Matcher m = KEY_NAME.matcher(name);
        return m.matches() ? new KeyName(m.group(1), m.group(2), m.group(3)) : null;
    }

    /** The project and account segment of projects/P/serviceAccounts/X, or {@code null}. */
    static String[] accountName(String name) {
        if (name == null) {
            return null;
        }
        Matcher m = SA_NAME.matcher(name);
        return m.matches() ? new String[] {m.group(1), m.group(2)} : null;
    }

    /** The project id in a user-managed or App Engine account's e-mail, or {@code null}. */
    static String projectOfEmail(String email) {
        if (email == null) {
            return null;
        }
        Matcher m = USER_MANAGED.matcher(email);
        if (m.matches()) {
            return m.group(1);
        }
        m = APP_ENGINE.matcher(email);
        return m.matches() ? m.group(1) : null;
    }

    /** Sub-kind of a service account by its e-mail: Google-managed default, service agent, or user-managed. */
    static String subKind(String email) {
        if (email == null) {
            return null;
        }
        if (DEFAULT_COMPUTE.matcher(email).matches() || APP_ENGINE.matcher(email).matches()) {
            return "google-managed-default";
        }
        if (SERVICE_AGENT.matcher(email).matches()) {
            return "service-agent";
        }
        return "user-managed";
    }

    static String source(String project) {
        return project == null ? "gcp" : "gcp:" + project;
    }
}
