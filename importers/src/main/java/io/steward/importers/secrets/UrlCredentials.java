package io.steward.importers.secrets;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Passwords inside URLs ({@code postgres://admin:s3cret@db.example:5432/app}), common in CMDB exports of
 * connection strings. Only the password is a secret: the scheme, user and host say which system the identity
 * reaches and stay readable, so the password is replaced by {@link #MARKER} and the rest of the value kept.
 * <p>
 * Fires when a {@code scheme://} authority holds {@code user:password@} (or {@code :password@}) with a non-empty
 * password that is not a placeholder, and on a {@code password=}, {@code pwd=} or {@code passwd=} parameter of a query or
 * connection string ({@code ?user=app&password=…}, {@code Server=db;User Id=sa;Password=…;}). Not fired: no password ({@code https://user@host}, {@code ssh://git@host}),
 * an empty one ({@code user:@host}), template references ({@code ${DB_PASS}}, {@code $DB_PASS}, {@code {{pass}}},
 * {@code <password>}, {@code %s}, {@code %(pw)s}), masks of only {@code * x X •}, and a password already redacted
 * ({@code [redacted]}). A literal word such as {@code password} or {@code changeme} IS redacted: it may be real.
 * The authority ends at the first {@code /}, {@code ?}, {@code #} or white space; the last {@code @} in it ends the
 * user info, so a password with an unescaped {@code @} is redacted whole.
 */
public final class UrlCredentials {
    /** What replaces a password. Itself a placeholder, so a redacted value imported again is left alone. */
    public static final String MARKER = "[redacted]";

    /** ${DB_PASS}, $DB_PASS, {{pass}}, {pass}, <password>, %s, %(pw)s, [redacted]: a reference to a password, not one. */
    private static final Pattern TEMPLATE = Pattern.compile(
            "\\$\\{[^}]+}|\\$[A-Z_][A-Z0-9_]*|\\{\\{.+}}|\\{\\w+}|<[^<>]+>|%s|%\\(\\w+\\)s|\\[[^\\]]*]");
    /** password=, pwd=, passwd= in a query string or connection string (after ?, &, ; or at the start). */
    private static final Pattern PARAM = Pattern.compile("(?i)(?:^|[?&;\\s])(?:password|passwd|pwd)\\s*=\\s*([^&;\\s\"']*)");

    private UrlCredentials() {
    }

    /** Whether {@code value} holds a URL with a real password; cheap when there is no {@code ://} and {@code @}. */
    public static boolean present(String value) {
        return redact(value) != value;
    }

    /** {@code value} with every URL password replaced by {@link #MARKER}; the same instance when there is none. */
    public static String redact(String value) {
        return parameters(userInfo(value));
    }

    private static String parameters(String value) {
        if (value.indexOf('=') < 0) {
            return value;
        }
        Matcher m = PARAM.matcher(value);
        StringBuilder out = null;
        int copied = 0;
        while (m.find()) {
            if (!placeholder(m.group(1))) {
                out = out == null ? new StringBuilder(value.length()) : out;
                out.append(value, copied, m.start(1)).append(MARKER);
                copied = m.end(1);
            }
        }
        return out == null ? value : out.append(value, copied, value.length()).toString();
    }

    private static String userInfo(String value) {
        int scheme = value.indexOf("://");
        if (scheme < 0 || value.indexOf('@', scheme) < 0) {
            return value;
        }
        StringBuilder out = null;
        int copied = 0;
        while (scheme >= 0) {
            int start = scheme + 3;
            int end = authorityEnd(value, start);
            int at = value.lastIndexOf('@', end - 1);
            int colon = at > start ? value.indexOf(':', start) : -1;
            if (at > start && colon >= 0 && colon < at && hasScheme(value, scheme) && !placeholder(value.substring(colon + 1, at))) {
                if (out == null) {
                    out = new StringBuilder(value.length());
                }
                out.append(value, copied, colon + 1).append(MARKER);
                copied = at;
            }
            scheme = value.indexOf("://", end);
        }
        return out == null ? value : out.append(value, copied, value.length()).toString();
    }

    private static int authorityEnd(String value, int from) {
        for (int i = from; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '/' || c == '?' || c == '#' || Character.isWhitespace(c) || c == '"' || c == '\'' || c == '<' || c == '>') {
                return i;
            }
        }
        return value.length();
    }

    /** A scheme before {@code ://}: a letter, then letters, digits, {@code + . -} (postgres, mongodb+srv, amqps, redis). */
    private static boolean hasScheme(String value, int sep) {
        int i = sep;
        while (i > 0 && isSchemeChar(value.charAt(i - 1))) {
            i--;
        }
        return i < sep && Character.isLetter(value.charAt(i));
    }

    private static boolean isSchemeChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-';
    }

    static boolean placeholder(String password) {
        String p = password.strip();
        if (p.isEmpty() || TEMPLATE.matcher(p).matches()) {
            return true;
        }
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c != '*' && c != 'x' && c != 'X' && c != '•') {
                return false;
            }
        }
        return true;
    }
}
