package io.steward.importers.columns;

import java.util.List;
import java.util.Locale;

/**
 * What a spreadsheet column means (FORMATS.md §7 for inventories, plus the people-directory concepts).
 * Synonyms are compared after {@link #normalise}: case, '_', '-', '.' and spaces do not matter.
 */
public enum Concept {
    ID("id", "id", "accountid", "identityid", "nhiid", "serviceaccountid", "uid"),
    NAME("name", "name", "accountname", "displayname", "fullname", "serviceaccount", "identity", "identityname"),
    KIND("kind", "type", "kind", "accounttype", "identitytype", "nhitype"),
    SYSTEM("system", "system", "serviceapplication", "application", "platform", "assettype", "projectid", "source"),
    ENVIRONMENT("environment", "environment", "env", "stage"),
    OWNER("owner", "owner", "owneremployeeid", "businessowner", "technicalowner", "remediationowner", "team", "department"),
    CREATED("created", "createddate", "createdat", "createtime", "created", "creationdate"),
    LAST_USED("last-used", "lastused", "lastuseddate", "lastlogondate", "lastlogon", "lastactivity", "lastseen"),
    IDLE_DAYS("idle-days", "idledays", "inactivitydays", "daysinactive", "daysidle"),
    CREDENTIAL_AGE_DAYS("credential-age-days", "agedays", "keyagedays", "credentialagedays"),
    LAST_ROTATED("last-rotated", "lastrotationdate", "lastrotated", "rotateddate"),
    NEXT_ROTATION("next-rotation", "nextrotationdue", "rotationdue"),
    EXPIRES("expires", "expires", "expiry", "expirydate", "expirationdate", "expiresat", "validuntil"),
    PRIVILEGED("privileged", "privileged", "privilegedaccessflag", "isprivileged", "admin"),
    PERMISSIONS("permissions", "permissions", "scopes", "roles", "entitlements", "privileges"),
    STATUS("status", "status", "active", "accountstatus", "state", "enabled"),
    LAST_REVIEWED("last-reviewed", "lastrevieweddate", "lastaccessreview", "lastreviewed"),
    // people directory
    PERSON_ID("person-id", "personid", "employeeid", "employeenumber", "staffid", "userid", "workerid"),
    EMAIL("email", "email", "emailaddress", "mail", "workemail", "upn", "userprincipalname"),
    TEAM("team", "team", "department", "org", "group", "costcenter"),
    LEFT_AT("left-at", "leftat", "leftdate", "enddate", "terminationdate", "departuredate", "leavingdate");

    private final String id;
    private final List<String> synonyms;

    Concept(String id, String... synonyms) {
        this.id = id;
        this.synonyms = List.of(synonyms);
    }

    /** Stable id, used in saved mappings and messages. */
    public String id() {
        return id;
    }

    public List<String> synonyms() {
        return synonyms;
    }

    public static Concept byId(String id) {
        for (Concept c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown column concept '" + id + "'");
    }

    /** Lower case without '_', '-', '.', spaces and a UTF-8 BOM. */
    public static String normalise(String header) {
        StringBuilder b = new StringBuilder(header.length());
        for (char c : header.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c != '_' && c != '-' && c != '.' && c != '\ufeff' && !Character.isWhitespace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
