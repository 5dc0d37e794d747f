package io.steward.importers.columns;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a spreadsheet column means (FORMATS.md §7 for inventories, plus the people-directory concepts): the
 * one synonym table of Steward, used for CSV and XLSX alike. Synonyms are compared after {@link #normalise}
 * (lower case, letters and digits only), so {@code Account_ID}, {@code account id} and {@code accountId}
 * are the same. Where several columns name one concept, the earlier synonym is preferred
 * ({@link #rank}): {@code owner} before {@code technical_owner} before {@code business_owner}.
 */
public enum Concept {
    ID("id", "what tells identities apart (an account id, ARN, object id)",
            "id", "accountid", "identityid", "nhiid", "serviceaccountid", "uid", "uniqueid", "arn", "objectid", "principalid",
            "identifier", "nativeid"),
    NAME("name", "the identity's name (used as its id when there is no id column)",
            "name", "accountname", "displayname", "fullname", "serviceaccountname", "serviceaccount", "identityname", "username",
            "principalname", "nhiname", "identity", "account"),
    KIND("kind", "what sort of identity (service account, token, key, bot)",
            "type", "kind", "accounttype", "identitytype", "nhitype", "credentialtype", "category"),
    SYSTEM("system", "the system or application it belongs to",
            "system", "serviceapplication", "application", "app", "assettype", "platform", "projectid", "provider", "cloud",
            "service", "source"),
    ENVIRONMENT("environment", "production, test, development...", "environment", "env", "stage", "tier"),
    OWNER("owner", "the person or team responsible (several owner columns: the first with a value)",
            "owner", "technicalowner", "businessowner", "remediationowner", "owneremployeeid", "ownerteam", "team", "department",
            "contact", "ownedby", "owneremail", "accountowner", "responsible"),
    CREATED("created", "when it was created (a date)",
            "createddate", "createdat", "createtime", "creationdate", "created", "creationtime", "datecreated", "createdon"),
    LAST_USED("last-used", "when it was last used or logged on (a date)",
            "lastused", "lastusedat", "lastuseddate", "lastlogondate", "lastlogon", "lastlogin", "lastlogindate", "lastactivity",
            "lastseen", "lastaccess", "lastaccessed", "lastauthenticated", "lastauthentication"),
    IDLE_DAYS("idle-days", "days since last use (counted back from the export)",
            "idledays", "inactivitydays", "daysinactive", "dayssincelastuse", "dayssincelastlogon", "daysidle"),
    CREDENTIAL_AGE_DAYS("credential-age-days", "age of its credential in days",
            "agedays", "credentialagedays", "keyagedays", "secretagedays"),
    LAST_ROTATED("last-rotated", "when its credential was last rotated (a date)",
            "lastrotationdate", "lastrotated", "lastrotation", "rotatedat", "lastrotateddate", "rotateddate", "passwordlastset"),
    NEXT_ROTATION("next-rotation", "when its credential is due for rotation (a date)", "nextrotationdue", "rotationdue"),
    EXPIRES("expires", "when its credential expires (a date)",
            "expires", "expiresat", "expiry", "expirydate", "expirationdate", "validuntil", "expiration"),
    ENABLED("enabled", "whether it is enabled (yes/no, true/false)", "enabled", "active", "isactive", "isenabled"),
    STATUS("status", "its status in words (Active, Disabled, Pending Retirement...)", "status", "accountstatus", "state"),
    PRIVILEGED("privileged", "whether it is privileged (yes/no)", "privileged", "privilegedaccessflag", "isprivileged", "admin",
            "isadmin"),
    PERMISSIONS("permissions", "what it may do (several separated by | ; or ,)",
            "permissions", "scopes", "roles", "privileges", "entitlements", "grants", "accesslevel"),
    LAST_REVIEWED("last-reviewed", "when its access was last reviewed (a date)", "lastrevieweddate", "lastaccessreview", "lastreviewed"),
    TAGS("tags", "labels as key=value pairs or a JSON object", "labels", "tags"),
    // people directory
    PERSON_ID("person-id", "a person's employee or staff number",
            "personid", "employeeid", "employeenumber", "staffid", "userid", "workerid"),
    EMAIL("email", "a person's e-mail address", "email", "emailaddress", "mail", "workemail", "upn", "userprincipalname"),
    TEAM("team", "a person's team or department", "team", "department", "org", "group", "costcenter"),
    LEFT_AT("left-at", "when a person left (a date)",
            "leftat", "leftdate", "enddate", "terminationdate", "departuredate", "leavingdate"),
    LOGIN("login", "a person's logins, usernames or handles (GitHub, Vault...); several separated by | ; or ,",
            "login", "logins", "username", "usernames", "handle", "handles", "githublogin", "githubusername", "githubhandle",
            "vaultusername", "samaccountname", "alias", "aliases");

    /** What an inventory of identities (generic CSV or XLSX) can map its columns to. */
    public static final Set<Concept> INVENTORY = java.util.Collections.unmodifiableSet(EnumSet.range(ID, TAGS));

    /** The id of "this column means nothing Steward needs" in a mapping. */
    public static final String IGNORE = "ignore";

    private final String id;
    private final String meaning;
    private final List<String> synonyms;

    Concept(String id, String meaning, String... synonyms) {
        this.id = id;
        this.meaning = meaning;
        this.synonyms = List.of(synonyms);
    }

    /** Stable id, used in saved mappings, on the command line and in messages. */
    public String id() {
        return id;
    }

    /** What the concept means, for people choosing it. */
    public String meaning() {
        return meaning;
    }

    public List<String> synonyms() {
        return synonyms;
    }

    /** Preference among several columns of this concept: the earlier synonym wins. */
    public int rank(String header) {
        int i = synonyms.indexOf(normalise(header));
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    public static Concept byId(String id) {
        for (Concept c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown column concept '" + id + "'");
    }

    /** Lower case, letters and digits only (so '_', '-', '.', spaces, brackets and a UTF-8 BOM do not matter). */
    public static String normalise(String header) {
        StringBuilder b = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
