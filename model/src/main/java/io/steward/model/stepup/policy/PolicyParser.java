package io.steward.model.stepup.policy;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of a policy file into rule sources (name, condition text with its position, effects). The CEL
 * conditions are compiled by {@link Policy}; this class knows only the surrounding syntax:
 * <pre>
 * # comment
 * rule NAME:
 *   when CEL-EXPRESSION
 *   then EFFECT[, EFFECT...]      EFFECT = deny "message" | cap ISO-8601-DURATION | approvals N
 * </pre>
 * A rule starts with {@code rule} at the start of a line and runs to the next such line.
 */
final class PolicyParser {
    private static final Pattern HEAD = Pattern.compile("rule[ \\t]+([A-Za-z0-9][A-Za-z0-9_.-]*)[ \\t]*:");
    private static final Pattern DENY = Pattern.compile("deny\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern CAP = Pattern.compile("cap\\s+(\\S+)");
    private static final Pattern APPROVALS = Pattern.compile("approvals\\s+(\\S+)");

    /** A rule as written: its condition starts at {@code whenOffset} of the file text. */
    record RuleSource(String name, int line, int column, String condition, int conditionOffset, List<Effect> effects) {
    }

    private final String text;
    private final int[] lineStarts;
    private final List<PolicyProblem> problems = new ArrayList<>();

    PolicyParser(String text) {
        this.text = blankComments(text.replace("\r\n", "\n").replace('\r', '\n'));
        this.lineStarts = lineStarts(this.text);
    }

    List<PolicyProblem> problems() {
        return problems;
    }

    List<RuleSource> parse() {
        List<RuleSource> rules = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < lineStarts.length; i++) {
            int s = lineStarts[i];
            if (text.startsWith("rule", s)) {
                starts.add(s);
            } else if (!lineText(i).isBlank() && starts.isEmpty()) {
                problem(s, null, "expected 'rule NAME:' at the start of a line");
            }
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            RuleSource rule = rule(starts.get(i), end);
            if (rule != null && !names.add(rule.name())) {
                problem(starts.get(i), rule.name(), "a rule with this name already exists; rule names must be unique");
            } else if (rule != null) {
                rules.add(rule);
            }
        }
        return rules;
    }

    private RuleSource rule(int start, int end) {
        String block = text.substring(start, end);
        Matcher head = HEAD.matcher(block);
        if (!head.lookingAt()) {
            problem(start, null, "expected 'rule NAME:' (a name of letters, digits, '-', '_' or '.', then a colon)");
            return null;
        }
        String name = head.group(1);
        int when = nextWord(block, head.end());
        if (when < 0 || !word(block, when, "when")) {
            problem(when < 0 ? start + head.end() : start + when, name, "expected 'when' and a CEL condition after the rule name");
            return null;
        }
        int then = findThen(block, when + 4);
        if (then < 0) {
            problem(start + when, name, "expected 'then' and at least one effect after the condition");
            return null;
        }
        int condStart = nextWord(block, when + 4);
        String condition = condStart < 0 || condStart >= then ? "" : block.substring(condStart, then).stripTrailing();
        if (condition.isEmpty()) {
            problem(start + when, name, "the condition after 'when' is empty");
            return null;
        }
        List<Effect> effects = effects(name, block, then + 4, start);
        if (effects == null) {
            return null;
        }
        return new RuleSource(name, line(start), 1, condition, start + condStart, effects);
    }

    private List<Effect> effects(String rule, String block, int from, int blockOffset) {
        List<Effect> effects = new ArrayList<>();
        int pos = from;
        boolean ok = true;
        while (true) {
            int s = nextWord(block, pos);
            if (s < 0) {
                break;
            }
            int e = endOfEffect(block, s);
            String effect = block.substring(s, e).strip();
            Effect parsed = effect(rule, effect, blockOffset + s);
            if (parsed == null) {
                ok = false;
            } else {
                effects.add(parsed);
            }
            pos = e < block.length() && block.charAt(e) == ',' ? e + 1 : e;
            if (e >= block.length()) {
                break;
            }
        }
        if (ok && effects.isEmpty()) {
            problem(blockOffset + from - 4, rule, "'then' needs at least one effect: deny \"message\", cap PT1H or approvals 2");
            return null;
        }
        return ok ? effects : null;
    }

    private Effect effect(String rule, String effect, int offset) {
        Matcher m;
        if ((m = DENY.matcher(effect)).matches()) {
            return new Effect.Deny(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
        }
        if ((m = CAP.matcher(effect)).matches()) {
            try {
                Duration ttl = Duration.parse(m.group(1));
                if (ttl.isNegative() || ttl.isZero()) {
                    problem(offset, rule, "cap needs a positive duration, not " + m.group(1));
                    return null;
                }
                return new Effect.Cap(ttl);
            } catch (DateTimeParseException e) {
                problem(offset, rule, "cap needs an ISO-8601 duration such as PT1H or PT30M, not '" + m.group(1) + "'");
                return null;
            }
        }
        if ((m = APPROVALS.matcher(effect)).matches()) {
            try {
                int n = Integer.parseInt(m.group(1));
                if (n >= 1 && n <= 10) {
                    return new Effect.Approvals(n);
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            problem(offset, rule, "approvals needs a whole number from 1 to 10, not '" + m.group(1) + "'");
            return null;
        }
        problem(offset, rule, "unknown effect '" + effect + "': use deny \"message\", cap PT1H or approvals 2");
        return null;
    }

    /** The end of one effect: the next comma outside a string literal, or the end of the block. */
    private static int endOfEffect(String block, int from) {
        boolean quoted = false;
        for (int i = from; i < block.length(); i++) {
            char c = block.charAt(i);
            if (quoted && c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                return i;
            }
        }
        return block.length();
    }

    /** The first {@code then} keyword after {@code from} outside CEL string literals, or -1. */
    private static int findThen(String block, int from) {
        char quote = 0;
        for (int i = from; i < block.length(); i++) {
            char c = block.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (word(block, i, "then")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean word(String s, int at, String w) {
        if (!s.startsWith(w, at)) {
            return false;
        }
        boolean before = at == 0 || !Character.isJavaIdentifierPart(s.charAt(at - 1));
        int after = at + w.length();
        return before && (after >= s.length() || !Character.isJavaIdentifierPart(s.charAt(after)));
    }

    private static int nextWord(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    void problem(int offset, String rule, String message) {
        problems.add(new PolicyProblem(line(offset), column(offset), rule, message));
    }

    int line(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    private String lineText(int index) {
        int s = lineStarts[index];
        int e = index + 1 < lineStarts.length ? lineStarts[index + 1] : text.length();
        return text.substring(s, e);
    }

    /** Whole-line comments become spaces, so every offset still points at the same line and column. */
    private static String blankComments(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(line.strip().startsWith("#") ? " ".repeat(line.length()) : line);
        }
        return sb.toString();
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
