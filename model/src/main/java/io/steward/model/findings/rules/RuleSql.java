package io.steward.model.findings.rules;

/**
 * SQL fragments the built-in rules share. Credential rules report on the principal: a key that is its own
 * identity (an IAM user's access key) counts for its parent. Times are compared with the snapshot's
 * generated-at time (the file's own date), not the clock at import. Dates before 1990 are sentinels for "unknown".
 */
final class RuleSql {
    static final String PRINCIPAL = "COALESCE(p.identity_key, i.identity_key)";
    static final String REFERENCE_TIME = "COALESCE(s.generated_at, s.imported_at)";
    static final String SENTINEL = "'1990-01-01T00:00:00.000Z'";
    static final String CREDENTIALS = " FROM identity i JOIN credential c ON c.identity_id = i.id"
            + " JOIN snapshot s ON s.id = i.snapshot_id LEFT JOIN identity p ON p.id = i.parent_id ";
    static final String ENABLED = " COALESCE(i.enabled, 1) = 1 AND (p.id IS NULL OR COALESCE(p.enabled, 1) = 1) ";

    /** Privileged grants of {@code g} (an access_grant row): admin, owner and wildcard grants across platforms. */
    static final String PRIVILEGED = "("
            // AWS: the AdministratorAccess managed policy, or Action * on Resource *
            + " g.privilege LIKE 'arn:aws%:iam::aws:policy/AdministratorAccess'"
            + " OR (g.privilege IN ('*', '*:*') AND (g.resource IS NULL OR g.resource = '*'))"
            // GCP basic roles
            + " OR g.privilege IN ('roles/owner', 'roles/editor')"
            // Azure Owner / Contributor at subscription scope (or above)
            + " OR (g.privilege IN ('Owner', 'Contributor') AND (g.resource = '/' OR g.resource LIKE '/providers/Microsoft.Management/%'"
            + "     OR (g.resource LIKE '/subscriptions/%' AND instr(substr(g.resource, 16), '/') = 0)))"
            // Kubernetes: cluster-admin, wildcard verbs or wildcard resources
            + " OR g.privilege LIKE '%cluster-admin%' OR g.via LIKE '%-> ClusterRole/cluster-admin%'"
            + " OR ((g.resource LIKE '% in cluster' OR g.resource LIKE '% in namespace:%')"
            + "     AND (g.privilege = '*' OR g.privilege LIKE '*,%' OR g.privilege LIKE '%,*' OR g.privilege LIKE '%,*,%'"
            + "          OR g.resource LIKE '*%' OR g.resource LIKE '%/*%' OR g.resource LIKE '%,*%'))"
            // GitHub: admin scopes of classic tokens, administration/organization_administration write on fine-grained ones
            + " OR g.privilege LIKE 'admin:%' OR g.privilege IN ('administration:write', 'organization_administration:write', 'delete_repo')"
            // Vault: the root policy, sudo capability or a * path
            + " OR g.privilege = 'root' OR g.privilege LIKE '%sudo%' OR (g.via LIKE '%policy' AND g.resource = '*')"
            + ")";

    private RuleSql() {
    }

    /** The moment {@code days} days before the snapshot's reference time, as stored text. */
    static String daysBefore(int days) {
        return "strftime('%Y-%m-%dT%H:%M:%fZ', " + REFERENCE_TIME + ", '-" + days + " days')";
    }

    static String daysAfter(int days) {
        return "strftime('%Y-%m-%dT%H:%M:%fZ', " + REFERENCE_TIME + ", '+" + days + " days')";
    }

    /** Whole days from {@code time} to the snapshot's reference time. */
    static String ageDays(String time) {
        return "CAST(julianday(" + REFERENCE_TIME + ") - julianday(" + time + ") AS INTEGER)";
    }
}
