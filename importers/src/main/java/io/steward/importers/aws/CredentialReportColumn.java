package io.steward.importers.aws;

import java.util.HashMap;
import java.util.Map;

/** The 22 columns of the IAM credential report (docs/FORMATS-SUPPORTED.md), in AWS's order. */
enum CredentialReportColumn {
    USER("user"), ARN("arn"), USER_CREATION_TIME("user_creation_time"), PASSWORD_ENABLED("password_enabled"),
    PASSWORD_LAST_USED("password_last_used"), PASSWORD_LAST_CHANGED("password_last_changed"),
    PASSWORD_NEXT_ROTATION("password_next_rotation"), MFA_ACTIVE("mfa_active"),
    KEY1_ACTIVE("access_key_1_active"), KEY1_LAST_ROTATED("access_key_1_last_rotated"),
    KEY1_LAST_USED_DATE("access_key_1_last_used_date"), KEY1_LAST_USED_REGION("access_key_1_last_used_region"),
    KEY1_LAST_USED_SERVICE("access_key_1_last_used_service"),
    KEY2_ACTIVE("access_key_2_active"), KEY2_LAST_ROTATED("access_key_2_last_rotated"),
    KEY2_LAST_USED_DATE("access_key_2_last_used_date"), KEY2_LAST_USED_REGION("access_key_2_last_used_region"),
    KEY2_LAST_USED_SERVICE("access_key_2_last_used_service"),
    CERT1_ACTIVE("cert_1_active"), CERT1_LAST_ROTATED("cert_1_last_rotated"),
    CERT2_ACTIVE("cert_2_active"), CERT2_LAST_ROTATED("cert_2_last_rotated");

    static final String HEADER_START = "user,arn,user_creation_time,password_enabled";
    private static final Map<String, CredentialReportColumn> BY_NAME = new HashMap<>();

    static {
        for (CredentialReportColumn c : values()) {
            BY_NAME.put(c.header, c);
        }
    }

    final String header;

    CredentialReportColumn(String header) {
        this.header = header;
    }

    static CredentialReportColumn byHeader(String name) {
        return BY_NAME.get(name.strip().toLowerCase(java.util.Locale.ROOT));
    }
}
