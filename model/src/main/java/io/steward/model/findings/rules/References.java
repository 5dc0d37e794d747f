package io.steward.model.findings.rules;

/** Framework items the built-in rules map to, named exactly as the frameworks name them. */
public final class References {
    public static final String NHI1 = "OWASP NHI1 Improper Offboarding";
    public static final String NHI4 = "OWASP NHI4 Insecure Authentication";
    public static final String NHI5 = "OWASP NHI5 Overprivileged NHI";
    public static final String NHI7 = "OWASP NHI7 Long-Lived Secrets";
    public static final String NHI9 = "OWASP NHI9 NHI Reuse";
    public static final String NHI10 = "OWASP NHI10 Human Use of NHI";
    public static final String ASI03 = "OWASP Agentic ASI03 Identity and Privilege Abuse";
    public static final String PR_AA_01 = "NIST CSF 2.0 PR.AA-01 (identities and credentials managed)";
    public static final String PR_AA_05 = "NIST CSF 2.0 PR.AA-05 (access permissions managed, least privilege, reviewed)";
    public static final String CIS_ROTATED_90 = "CIS AWS Foundations: access keys rotated every 90 days or less (1.14 in v1.5, 2.12 in v7.0)";
    public static final String CIS_UNUSED_45 = "CIS AWS Foundations: credentials unused for 45 days or more are disabled (1.12 in v1.5, 2.11 in v7.0)";
    public static final String CIS_ONE_KEY = "CIS AWS Foundations: only one active access key per IAM user (1.13 in v1.5)";
    public static final String CIS_NO_FULL_ADMIN = "CIS AWS Foundations: no IAM policies allowing full \"*:*\" administrative privileges (1.16 in v1.5)";
    public static final String CIS_MFA_CONSOLE = "CIS AWS Foundations: MFA enabled for every IAM user with a console password (1.10 in v1.5)";

    private References() {
    }
}
