package io.steward.model.owners;

import io.steward.model.BadInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a bulk assignment rules file: one rule per line of {@code key=value} pairs (values with spaces in double
 * quotes, {@code \"} inside them), {@code #} comments, blank lines ignored. Keys: source, account, project,
 * subscription (all three: the source's scope), namespace, name, kind, tag:K / label:K / annotation:K (matchers);
 * owner (required), backup, reason. Errors name the line and column; nothing is applied.
 */
public final class OwnershipRulesParser {
    private static final Set<String> SCOPE = Set.of("account", "project", "subscription");

    private OwnershipRulesParser() {
    }

    public static List<OwnershipRule> parse(Path file, List<String> lines) {
        List<OwnershipRule> rules = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            rules.add(parseLine(file, n + 1, line));
        }
        if (rules.isEmpty()) {
            throw new BadInputException(file, null, "the file holds no rules. Each line is e.g.: source=aws:111122223333 "
                    + "name=ci-* owner=team:platform backup=alice@example.com reason=\"CI identities\"");
        }
        return rules;
    }

    private static OwnershipRule parseLine(Path file, int lineNo, String line) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> tags = new LinkedHashMap<>();
        Map<String, Integer> columns = new LinkedHashMap<>();
        int i = 0;
        while (i < line.length()) {
            if (Character.isWhitespace(line.charAt(i))) {
                i++;
                continue;
            }
            if (line.charAt(i) == '#') {
                break;
            }
            int keyStart = i;
            while (i < line.length() && line.charAt(i) != '=' && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            String key = line.substring(keyStart, i).toLowerCase(Locale.ROOT);
            if (i >= line.length() || line.charAt(i) != '=') {
                throw error(file, lineNo, keyStart, "expected key=value, found '" + line.substring(keyStart, i) + "'");
            }
            i++;
            int valueStart = i;
            StringBuilder value = new StringBuilder();
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < line.length()) {
                    char c = line.charAt(i);
                    if (c == '\\' && i + 1 < line.length()) {
                        value.append(line.charAt(i + 1));
                        i += 2;
                    } else if (c == '"') {
                        closed = true;
                        i++;
                        break;
                    } else {
                        value.append(c);
                        i++;
                    }
                }
                if (!closed) {
                    throw error(file, lineNo, valueStart, "the quoted value is not closed (missing \")");
                }
            } else {
                while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
                    value.append(line.charAt(i++));
                }
            }
            if (value.isEmpty()) {
                throw error(file, lineNo, valueStart, "'" + key + "' has no value");
            }
            String v = value.toString();
            if (key.startsWith("tag:") || key.startsWith("label:") || key.startsWith("annotation:")) {
                String tag = key.substring(key.indexOf(':') + 1);
                if (tag.isEmpty()) {
                    throw error(file, lineNo, keyStart, "'" + key + "' names no tag: write e.g. tag:team=payments");
                }
                tags.put(line.substring(keyStart + key.indexOf(':') + 1, keyStart + key.length()), v);
                continue;
            }
            String canonical = SCOPE.contains(key) ? "scope" : key;
            if (!Set.of("source", "scope", "namespace", "name", "kind", "owner", "backup", "reason").contains(canonical)) {
                throw error(file, lineNo, keyStart, "unknown key '" + key + "': use source, account, project, subscription, "
                        + "namespace, name, kind, tag:K, label:K, annotation:K, owner, backup or reason");
            }
            if (values.containsKey(canonical)) {
                throw error(file, lineNo, keyStart, "'" + key + "' is given twice on this line");
            }
            values.put(canonical, v);
            columns.put(canonical, valueStart + 1);
        }
        if (!values.containsKey("owner")) {
            throw error(file, lineNo, line.length() - line.stripLeading().length(), "the rule names no owner: add owner=P");
        }
        if (values.keySet().stream().noneMatch(k -> Set.of("source", "scope", "namespace", "name", "kind").contains(k)) && tags.isEmpty()) {
            throw error(file, lineNo, line.length() - line.stripLeading().length(),
                    "the rule matches nothing in particular: add source=, account=, namespace=, name=, kind= or tag:K=");
        }
        return new OwnershipRule(lineNo, values.get("source"), values.get("scope"), values.get("namespace"), values.get("name"),
                values.get("kind"), Map.copyOf(tags), values.get("owner"), values.get("backup"), values.get("reason"),
                columns.get("owner"), columns.getOrDefault("backup", 0));
    }

    private static BadInputException error(Path file, int line, int index, String reason) {
        return new BadInputException(file, "line " + line + ", column " + (index + 1), reason);
    }
}
