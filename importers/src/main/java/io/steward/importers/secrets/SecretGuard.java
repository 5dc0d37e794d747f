package io.steward.importers.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises secret material so that it is never stored (docs/FORMATS-SUPPORTED.md): by field name,
 * by content pattern (AWS secret keys, GitHub/Slack/Vault tokens, JWTs, PEM private keys, Azure client
 * secrets, Google key files) with an entropy test, and by structure in JSON (Kubernetes Secret data,
 * Vault token-lookup ids, legacy Azure password values). Stateless and thread-safe.
 * <p>
 * Content checks run on every raw value of every import, so they start with a single cheap pass over
 * the characters and only run a pattern on candidates.
 */
public final class SecretGuard {
    /** Shortest value any content rule can match; shorter values are passed without further look. */
    static final int MIN_SECRET_LENGTH = 20;

    /** Field names (lower-case, without '_', '-', '.', spaces) whose non-empty values are secrets. */
    private static final Set<String> SECRET_FIELDS = Set.of("secretaccesskey", "awssecretaccesskey", "sessiontoken",
            "awssessiontoken", "privatekeydata", "privatekey", "secrettext", "clientsecret", "password", "passwd",
            "secretid", "clienttoken", "token", "accesstoken", "refreshtoken", "idtoken", "bearertoken", "apisecret",
            "secretkey", "secret", "apitoken", "authtoken", "privatekeypem");

    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.");
    private static final Pattern GITHUB = Pattern.compile("\\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})");
    private static final Pattern SLACK = Pattern.compile("\\b(?:xox[abposre]-[A-Za-z0-9-]{10,}|xapp-\\d-[A-Za-z0-9-]{10,})");
    private static final Pattern VAULT = Pattern.compile("\\bhv[sbr]\\.[A-Za-z0-9_-]{20,}|^[sb]\\.[A-Za-z0-9]{24}$");
    private static final Pattern GITLAB = Pattern.compile("(?<![A-Za-z0-9])(?:glpat|gldt|glrt|glptt)-[A-Za-z0-9_-]{20,}");
    private static final Pattern STRIPE = Pattern.compile("(?<![A-Za-z0-9])[sr]k_(?:live|test)_[A-Za-z0-9]{20,}");
    private static final Pattern GOOGLE_API_KEY = Pattern.compile("(?<![A-Za-z0-9_-])AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])");
    /** An Azure storage connection string's AccountKey (88 base64 characters) or a SAS URL's signature (sig=, URL-encoded base64). */
    private static final Pattern AZURE_STORAGE = Pattern.compile("AccountKey=[A-Za-z0-9+/]{40,}={0,2}|[?&]sig=[A-Za-z0-9%+/]{30,}");
    private static final Pattern AZURE = Pattern.compile("(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.-]{3}\\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])");
    private static final Pattern PEM = Pattern.compile("-----BEGIN[A-Z ]*PRIVATE KEY( BLOCK)?-----"
            // the same header base64-encoded (a key file inside a base64 blob): "-----BEGIN PRIVATE KEY", "-----BEGIN RSA PRIVATE KEY", ...
            + "|LS0tLS1CRUdJTiBQUklWQVRFIEtFW|LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRV|LS0tLS1CRUdJTiBFQyBQUklWQVRFIEtFW"
            + "|LS0tLS1CRUdJTiBPUEVOU1NIIFBSSVZBVEUgS0VZ|LS0tLS1CRUdJTiBFTkNSWVBURUQgUFJJVkFURSBLRV");
    /** Public material that looks random but is meant to be shared: SSH public keys, certificates, public keys (also base64-encoded). */
    private static final Pattern PUBLIC = Pattern.compile("^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-[a-z0-9]+|sk-(ssh|ecdsa)[a-z0-9@.-]*) AAAA"
            + "|-----BEGIN (CERTIFICATE|PUBLIC KEY|RSA PUBLIC KEY|SSH2 PUBLIC KEY)-----"
            + "|^LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t|^LS0tLS1CRUdJTiBQVUJMSUMgS0VZLS0tLS");
    /** Field names whose values are public keys or fingerprints: only the strong patterns apply to them. */
    private static final Set<String> PUBLIC_FIELDS = Set.of("publickeydata", "publickey", "certificate", "thumbprint",
            "fingerprint", "customkeyidentifier", "etag", "x5c", "x5t", "cacrt");
    /**
     * Field names of ids that platforms publish and that look random by design (GitHub GraphQL {@code node_id}, ids, etags,
     * Vault accessors): only the strong patterns (token prefixes, JWTs, PEM) apply to them, not the entropy heuristic.
     */
    private static final Set<String> PUBLIC_ID_FIELDS = Set.of("nodeid", "id", "uid", "uniqueid", "keyid", "appid", "clientid",
            "objectid", "tenantid", "resourceversion", "accessor", "secretidaccessor", "entityid", "requestid", "installationid",
            "tokenid", "oauth2clientid", "revisionnumber", "graphqlid", "globalid");
    private static final Pattern GCP_KEY_FILE = Pattern.compile("\"private_key\"\\s*:\\s*\"-----BEGIN"
            + "|ewogICJ0eXBlIjogInNlcnZpY2VfYWNjb3VudC|eyJ0eXBlIjoic2VydmljZV9hY2NvdW50I");

    private static final SecretGuard STANDARD = new SecretGuard();

    /** Receives each refusal: where (JSON path or column) and which rule. Never the value. */
    @FunctionalInterface
    public interface Refusals {
        void refused(String field, SecretRule rule);
    }

    private final java.util.concurrent.ConcurrentHashMap<String, Boolean> fieldNames = new java.util.concurrent.ConcurrentHashMap<>();

    private SecretGuard() {
    }

    public static SecretGuard standard() {
        return STANDARD;
    }

    /** The rule a field's name triggers, or {@code null}. Names are compared without case, '_', '-', '.' or spaces. */
    public SecretRule byFieldName(String field) {
        if (field == null) {
            return null;
        }
        Boolean secret = fieldNames.get(field);
        if (secret == null) {
            secret = SECRET_FIELDS.contains(normaliseName(field));
            if (fieldNames.size() < 10_000) {
                fieldNames.put(field, secret); // column names repeat on every row: remember them
            }
        }
        return secret ? SecretRule.FIELD_NAME : null;
    }

    /** The rule a value's content triggers, or {@code null}. */
    public SecretRule byContent(String value) {
        if (value == null) {
            return null;
        }
        int len = value.length();
        if (len < MIN_SECRET_LENGTH) {
            return len >= 5 ? urlCredentials(value) : null; // "redis://:pw@cache" and "pwd=x" are short
        }
        if (looksLikeTimestampOrNumber(value)) {
            return null;
        }
        // One pass: which characters occur (so only the families that can match are tried) and whether there is a long
        // mixed-case run (a candidate for the entropy test).
        boolean underscore = false;
        boolean tilde = false;
        boolean dot = false;
        boolean quote = false;
        boolean dash = false;
        boolean at = false;
        boolean equals = false;
        boolean mixedRun = false;
        int runStart = 0;
        int upper = 0;
        int lower = 0;
        for (int i = 0; i <= len; i++) {
            char c = i < len ? value.charAt(i) : ' ';
            if (c >= 'a' && c <= 'z') {
                lower++;
            } else if (c >= 'A' && c <= 'Z') {
                upper++;
            } else if (c >= '0' && c <= '9' || c == '+' || c == '/') {
                continue;
            } else {
                underscore |= c == '_';
                dash |= c == '-';
                equals |= c == '=';
                if (c != '_' && c != '-' && c != '=') {
                    tilde |= c == '~';
                    dot |= c == '.';
                    quote |= c == '"';
                    at |= c == '@';
                    mixedRun |= i - runStart >= MIN_SECRET_LENGTH && upper > 0 && lower > 0;
                    runStart = i + 1;
                    upper = 0;
                    lower = 0;
                }
            }
        }
        if (at || equals) {
            SecretRule url = urlCredentials(value);
            if (url != null) {
                return url;
            }
        }
        boolean eyj = value.indexOf("eyJ") >= 0;
        if ((dash && value.indexOf("-----") >= 0 || value.indexOf("LS0tLS1CRUdJTi") >= 0) && PEM.matcher(value).find()) {
            return SecretRule.PEM_PRIVATE_KEY;
        }
        if ((quote && underscore || eyj || value.contains("ewog")) && GCP_KEY_FILE.matcher(value).find()) {
            return SecretRule.GCP_SERVICE_ACCOUNT_KEY;
        }
        if (eyj && dot && JWT.matcher(value).find()) {
            return SecretRule.JWT;
        }
        if (underscore && GITHUB.matcher(value).find()) {
            return SecretRule.GITHUB_TOKEN;
        }
        if (dash && (value.indexOf("xox") >= 0 || value.indexOf("xapp-") >= 0) && SLACK.matcher(value).find()) {
            return SecretRule.SLACK_TOKEN;
        }
        if (dot && VAULT.matcher(value).find()) {
            return SecretRule.VAULT_TOKEN;
        }
        if (tilde && AZURE.matcher(value).find()) {
            return SecretRule.AZURE_CLIENT_SECRET;
        }
        if (dash && value.indexOf("gl") >= 0 && GITLAB.matcher(value).find()) {
            return SecretRule.GITLAB_TOKEN;
        }
        if (underscore && value.indexOf("k_") >= 0 && STRIPE.matcher(value).find()) {
            return SecretRule.STRIPE_KEY;
        }
        if (mixedRun && value.indexOf("AIza") >= 0 && GOOGLE_API_KEY.matcher(value).find()) {
            return SecretRule.GOOGLE_API_KEY;
        }
        if (equals && (value.indexOf("AccountKey=") >= 0 || value.indexOf("sig=") >= 0) && AZURE_STORAGE.matcher(value).find()) {
            return SecretRule.AZURE_STORAGE_KEY;
        }
        if (!mixedRun || PUBLIC.matcher(value).find()) {
            return null;
        }
        return randomToken(value);
    }

    /**
     * A URL or connection string whose password is its only secret: kept redacted ({@link #storable}). One with another
     * secret besides (a token as the user name) is refused under that secret's rule.
     */
    private SecretRule urlCredentials(String value) {
        String withoutPasswords = UrlCredentials.redact(value);
        if (withoutPasswords == value) {
            return null;
        }
        SecretRule other = byContent(withoutPasswords);
        return other != null ? other : SecretRule.URL_CREDENTIALS;
    }

    /**
     * What may be stored of a value the guard flagged with {@code rule}: a URL (or connection string) with its password
     * replaced by {@link UrlCredentials#MARKER}, when nothing else in it is secret; else {@code null}, the value is dropped.
     */
    public String storable(String value, SecretRule rule) {
        return rule == SecretRule.URL_CREDENTIALS ? UrlCredentials.redact(value) : null;
    }

    /**
     * {@code text} (a file or folder name) with every secret in it replaced by {@code [redacted:RULE]}, the rest kept readable:
     * {@code ghp_….csv} becomes {@code [redacted:github-token].csv}. The same instance when nothing is secret. Also redacts
     * AWS access key ids, which are not secret as data but name a key's own download when they are in a file name.
     */
    public String redactName(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (NamePattern p : NAME_PATTERNS) {
            if (p.pattern().matcher(out).find()) {
                out = p.pattern().matcher(out).replaceAll(java.util.regex.Matcher.quoteReplacement(marker(p.rule())));
            }
        }
        return redactRandomRuns(out);
    }

    private record NamePattern(Pattern pattern, SecretRule rule) {
    }

    /** The content patterns with the whole token as the match (what is replaced), without a word boundary on '_'. */
    private static final List<NamePattern> NAME_PATTERNS = List.of(
            new NamePattern(Pattern.compile("-----BEGIN[A-Z ]*PRIVATE KEY.*"), SecretRule.PEM_PRIVATE_KEY),
            new NamePattern(Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*"), SecretRule.JWT),
            new NamePattern(Pattern.compile("(?<![A-Za-z0-9])(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})"), SecretRule.GITHUB_TOKEN),
            new NamePattern(Pattern.compile("(?<![A-Za-z0-9])(?:xox[abposre]-[A-Za-z0-9-]{10,}|xapp-\\d-[A-Za-z0-9-]{10,})"), SecretRule.SLACK_TOKEN),
            new NamePattern(Pattern.compile("(?<![A-Za-z0-9])hv[sbr]\\.[A-Za-z0-9_-]{20,}"), SecretRule.VAULT_TOKEN),
            new NamePattern(AZURE, SecretRule.AZURE_CLIENT_SECRET),
            new NamePattern(GITLAB, SecretRule.GITLAB_TOKEN),
            new NamePattern(STRIPE, SecretRule.STRIPE_KEY),
            new NamePattern(GOOGLE_API_KEY, SecretRule.GOOGLE_API_KEY),
            new NamePattern(Pattern.compile("(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])"), SecretRule.AWS_ACCESS_KEY_ID));

    static String marker(SecretRule rule) {
        return "[redacted:" + rule.id() + "]";
    }

    /** Each run of 20+ base64 characters that {@link #judgeRun} calls a key or token, replaced by its marker. */
    private static String redactRandomRuns(String text) {
        StringBuilder out = null;
        int copied = 0;
        int start = 0;
        int len = text.length();
        for (int i = 0; i <= len; i++) {
            if (i < len && isTokenChar(text.charAt(i)) && text.charAt(i) != '/') {
                continue;
            }
            SecretRule rule = i - start >= MIN_SECRET_LENGTH ? judgeRun(text, start, i) : null;
            if (rule != null) {
                int from = start;
                int to = i;
                // keep the words around the token readable: "backup-<token>-2024" → "backup-[redacted:…]-2024"
                for (int cut = wordEnd(text, from, to); cut > 0 && judgeRun(text, cut, to) != null; cut = wordEnd(text, from, to)) {
                    from = cut;
                }
                for (int cut = wordStart(text, from, to); cut > 0 && judgeRun(text, from, cut - 1) != null; cut = wordStart(text, from, to)) {
                    to = cut - 1;
                }
                out = out == null ? new StringBuilder(len) : out;
                out.append(text, copied, from).append(marker(rule));
                copied = to;
            }
            start = i + 1;
        }
        return out == null ? text : out.append(text, copied, len).toString();
    }

    /** After a leading plain word and its '-' or '_' ("backup-"), or -1. A plain word: letters of one case, or digits. */
    private static int wordEnd(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '-' || c == '_') {
                return i > from && plainWord(text, from, i) ? i + 1 : -1;
            }
        }
        return -1;
    }

    /** The start of a trailing plain word after its '-' or '_' ("-2024"), or -1. */
    private static int wordStart(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '-' || c == '_') {
                return i + 1 < to && plainWord(text, i + 1, to) ? i + 1 : -1;
            }
        }
        return -1;
    }

    private static boolean plainWord(String text, int from, int to) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
            digit |= c >= '0' && c <= '9';
        }
        return !(upper && lower) && !((upper || lower) && digit);
    }

    /** ISO timestamps, dates and numbers: only digits and - : . + T Z or space. Never secrets; very common. */
    private static boolean looksLikeTimestampOrNumber(String value) {
        char c0 = value.charAt(0);
        if (c0 < '0' || c0 > '9') {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '-' || c == ':' || c == '.' || c == '+' || c == 'T' || c == 'Z' || c == ' ')) {
                return false;
            }
        }
        return true;
    }

    /** Field name first, then content; {@code null} when the value may be stored. Null-ish values are never secrets. */
    public SecretRule check(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        SecretRule byName = byFieldName(field);
        if (byName != null && !isPlaceholder(value)) {
            return byName;
        }
        return publicByName(field, byContent(value));
    }

    /** {@code rule}, unless it is a weak (entropy-like) match on a field that holds public keys, fingerprints or ids. */
    private static SecretRule publicByName(String field, SecretRule rule) {
        if (field == null || (rule != SecretRule.HIGH_ENTROPY && rule != SecretRule.AWS_SECRET_ACCESS_KEY)) {
            return rule;
        }
        String last = field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[\\d+]", "");
        String name = normaliseName(last);
        boolean randomByDesign = PUBLIC_FIELDS.contains(name) || (PUBLIC_ID_FIELDS.contains(name) && rule == SecretRule.HIGH_ENTROPY);
        return randomByDesign ? null : rule;
    }

    /**
     * Replaces every secret value in a JSON tree by JSON null (a URL with a password: by the URL without it), reporting each
     * one with its path.
     *
     * @param path the path of {@code node} in the file (e.g. {@code UserDetailList[3]})
     * @return how many values were refused
     */
    public int scrub(JsonNode node, String path, Refusals refusals) {
        return scrub(node, path, null, refusals);
    }

    private int scrub(JsonNode node, String path, String parentField, Refusals refusals) {
        int refused = 0;
        if (node instanceof ObjectNode obj) {
            boolean k8sSecret = "Secret".equals(obj.path("kind").asText(null)) && obj.has("metadata");
            boolean vaultLookup = obj.has("accessor") && obj.has("id") && (obj.has("policies") || obj.has("display_name"));
            boolean legacyAzurePassword = "passwordCredentials".equals(parentField);
            List<String> names = new ArrayList<>();
            obj.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode child = obj.get(name);
                String childPath = path.isEmpty() ? name : path + "." + name;
                SecretRule structural = null;
                if (k8sSecret && (name.equals("data") || name.equals("stringData"))) {
                    structural = SecretRule.K8S_SECRET_DATA;
                } else if (vaultLookup && name.equals("id")) {
                    structural = SecretRule.VAULT_TOKEN_ID;
                } else if (legacyAzurePassword && name.equals("value")) {
                    structural = SecretRule.FIELD_NAME;
                } else if (byFieldName(name) != null && hasContent(child)) {
                    structural = SecretRule.FIELD_NAME;
                }
                if (structural == null && child.isTextual()) {
                    structural = publicByName(name, byContent(child.textValue()));
                }
                if (structural != null && hasContent(child)) {
                    obj.set(name, stored(child, structural));
                    refusals.refused(childPath, structural);
                    refused++;
                } else if (child.isContainerNode()) {
                    refused += scrub(child, childPath, name, refusals);
                }
            }
        } else if (node instanceof ArrayNode arr) {
            for (int i = 0; i < arr.size(); i++) {
                JsonNode child = arr.get(i);
                String childPath = path + "[" + i + "]";
                if (child.isTextual()) {
                    SecretRule rule = byContent(child.textValue());
                    if (rule != null) {
                        arr.set(i, stored(child, rule));
                        refusals.refused(childPath, rule);
                        refused++;
                    }
                } else {
                    refused += scrub(child, childPath, parentField, refusals);
                }
            }
        } else if (node != null && node.isTextual()) {
            // a bare string at the root of the scrub: nothing to replace it in, so only report
            SecretRule rule = byContent(node.textValue());
            if (rule != null) {
                refusals.refused(path, rule);
                refused++;
            }
        }
        return refused;
    }

    /** What replaces a refused JSON value: the URL without its password, or null. */
    private JsonNode stored(JsonNode value, SecretRule rule) {
        String kept = value.isTextual() ? storable(value.textValue(), rule) : null;
        return kept == null ? NullNode.getInstance() : TextNode.valueOf(kept);
    }

    private static boolean hasContent(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return false;
        }
        if (n.isTextual()) {
            return !n.textValue().isBlank();
        }
        return !n.isContainerNode() || n.size() > 0;
    }

    /** Values such as "N/A" or "***" in a secret-named column carry nothing to protect. */
    private static boolean isPlaceholder(String value) {
        String t = value.strip();
        if (t.length() <= 3) {
            return true;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != '*' && c != 'x' && c != 'X' && c != '•') {
                return io.steward.importers.values.NullIsh.is(t);
            }
        }
        return true;
    }

    /**
     * A run of 20+ base64 characters: a 40-character mixed-case one with a digit, '/' or '+' is an AWS secret key; any 32+ one
     * with upper, lower and digits whose character entropy is high is a random key or token.
     */
    private static SecretRule randomToken(String value) {
        int len = value.length();
        int start = 0;
        for (int i = 0; i <= len; i++) {
            if (i < len && isTokenChar(value.charAt(i))) {
                continue;
            }
            SecretRule rule = i - start >= MIN_SECRET_LENGTH ? judgeRun(value, start, i) : null;
            if (rule != null) {
                return rule;
            }
            start = i + 1;
        }
        return null;
    }

    private static SecretRule judgeRun(String value, int from, int to) {
        int len = to - from;
        int upper = 0;
        int lower = 0;
        int digit = 0;
        int dashOrUnderscore = 0;
        int slashOrPlus = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper++;
            } else if (c >= 'a' && c <= 'z') {
                lower++;
            } else if (c >= '0' && c <= '9') {
                digit++;
            } else if (c == '_' || c == '-') {
                dashOrUnderscore++;
            } else if (c == '/' || c == '+') {
                slashOrPlus++;
            }
        }
        if (upper == 0 || lower == 0) {
            return null; // hex digests, all-caps ids and lower-case slugs are not random keys
        }
        double h = entropy(value, from, to);
        // Real AWS secret keys are random base64: all but ~0.03% hold a digit, '/' or '+'. Letters-only
        // 40-character runs are CamelCase words (Entra's WindowsAzureActiveDirectoryIntegratedApp tag).
        if (len == 40 && dashOrUnderscore == 0 && digit + slashOrPlus > 0 && h >= 4.0) {
            return SecretRule.AWS_SECRET_ACCESS_KEY;
        }
        if (len >= 32 && digit > 0 && h >= entropyBar(len)) {
            return SecretRule.HIGH_ENTROPY;
        }
        return null;
    }

    /** Random base64 text of length n scores about log2(n) minus a little; English-like names score far lower. */
    static double entropyBar(int len) {
        return len >= 64 ? 4.8 : len >= 48 ? 4.6 : 4.4;
    }

    /** Shannon entropy in bits per character. */
    public static double entropy(String s) {
        return entropy(s, 0, s.length());
    }

    static double entropy(String s, int from, int to) {
        int[] counts = new int[128];
        int other = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 128) {
                counts[c]++;
            } else {
                other++;
            }
        }
        double h = 0;
        double n = to - from;
        for (int c : counts) {
            if (c > 0) {
                double p = c / n;
                h -= p * (Math.log(p) / Math.log(2));
            }
        }
        if (other > 0) {
            double p = other / n;
            h -= p * (Math.log(p) / Math.log(2));
        }
        return h;
    }

    private static boolean isTokenChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '='
                || c == '_' || c == '-';
    }

    static String normaliseName(String field) {
        StringBuilder b = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c != '_' && c != '-' && c != '.' && c != ' ') {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
