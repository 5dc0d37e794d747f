package io.steward.importers.generic;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a column of a generic inventory means, recognised from its header through a synonym table
 * (FORMATS.md §7). Headers are compared lower-case with everything but letters and digits removed, so
 * {@code Account_ID}, {@code account id} and {@code accountId} are the same.
 */
enum Concept {
    ID("id", "accountid", "identityid", "nhiid", "serviceaccountid", "uid", "uniqueid", "arn", "objectid", "principalid",
            "identifier", "nativeid"),
    NAME("name", "accountname", "displayname", "fullname", "serviceaccountname", "identityname", "username", "principalname",
            "nhiname", "identity", "account"),
    KIND("type", "accounttype", "kind", "identitytype", "nhitype", "credentialtype", "category"),
    SYSTEM("system", "serviceapplication", "application", "app", "assettype", "platform", "projectid", "provider", "cloud",
            "service"),
    ENVIRONMENT("environment", "env", "stage", "tier"),
    OWNER("owner", "technicalowner", "businessowner", "remediationowner", "owneremployeeid", "ownerteam", "team",
            "contact", "ownedby", "owneremail", "accountowner", "responsible"),
    CREATED("createddate", "createdat", "createtime", "creationdate", "created", "creationtime", "datecreated", "createdon"),
    LAST_USED("lastused", "lastusedat", "lastuseddate", "lastlogondate", "lastlogon", "lastlogin", "lastlogindate", "lastactivity",
            "lastseen", "lastaccess", "lastaccessed", "lastauthenticated", "lastauthentication"),
    IDLE_DAYS("idledays", "inactivitydays", "daysinactive", "dayssincelastuse", "dayssincelastlogon", "daysidle"),
    AGE_DAYS("agedays", "credentialagedays", "keyagedays", "secretagedays"),
    LAST_ROTATED("lastrotationdate", "lastrotated", "lastrotation", "rotatedat", "lastrotateddate", "passwordlastset"),
    EXPIRES("nextrotationdue", "expires", "expiresat", "expiry", "expirydate", "expirationdate", "validuntil", "expiration"),
    ENABLED("enabled", "active", "isactive", "isenabled"),
    STATUS("status", "accountstatus", "state"),
    PRIVILEGED("privileged", "privilegedaccessflag", "isprivileged", "admin", "isadmin"),
    PERMISSIONS("permissions", "scopes", "roles", "privileges", "entitlements", "grants", "accesslevel"),
    TAGS("labels", "tags");

    private static final Map<String, Concept> BY_HEADER = new HashMap<>();

    static {
        for (Concept c : values()) {
            for (String synonym : c.synonyms) {
                BY_HEADER.put(synonym, c);
            }
        }
    }

    private final List<String> synonyms;

    Concept(String... synonyms) {
        this.synonyms = List.of(synonyms);
    }

    /** The concept a header names, or {@code null}. */
    static Concept of(String header) {
        return BY_HEADER.get(normalise(header));
    }

    /** Preference among several columns of one concept: the earlier synonym wins (owner before business_owner). */
    int rank(String header) {
        int i = synonyms.indexOf(normalise(header));
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    static String normalise(String header) {
        StringBuilder b = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
