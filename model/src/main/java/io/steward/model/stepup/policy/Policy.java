package io.steward.model.stepup.policy;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import dev.cel.runtime.CelVariableResolver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A step-up policy: named rules whose CEL conditions are compiled once, when the file is loaded, and then
 * evaluated per request in-process. The variables a condition can read are listed in {@link #VARIABLES}.
 */
public final class Policy {
    /** The policy that ships with Steward, used when no policy file is configured. */
    public static final String DEFAULT_RESOURCE = "default.policy";

    /** The variables a condition sees; each is a map with string keys (see docs/STEPUP.md), findings a list of maps. */
    public static final List<String> VARIABLES = List.of("request", "target", "owner", "actor", "findings", "approvals");

    private static final CelCompiler COMPILER = CelCompilerFactory.standardCelCompilerBuilder()
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .addVar("request", MapType.create(SimpleType.STRING, SimpleType.DYN))
            .addVar("target", MapType.create(SimpleType.STRING, SimpleType.DYN))
            .addVar("owner", MapType.create(SimpleType.STRING, SimpleType.DYN))
            .addVar("actor", MapType.create(SimpleType.STRING, SimpleType.DYN))
            .addVar("findings", ListType.create(MapType.create(SimpleType.STRING, SimpleType.DYN)))
            .addVar("approvals", SimpleType.INT)
            .setResultType(SimpleType.BOOL)
            .build();
    // The planner runtime turns each checked expression into a tree of evaluators once, when the file is loaded; the
    // standard (legacy) runtime walks the syntax tree again on every evaluation, about twice the time per request.
    private static final CelRuntime RUNTIME = CelRuntimeFactory.plannerRuntimeBuilder().build();

    private record Rule(String name, int line, CelRuntime.Program program, List<Effect> effects) {
    }

    private final String name;
    private final String sha256;
    private final List<Rule> rules;

    private Policy(String name, String sha256, List<Rule> rules) {
        this.name = name;
        this.sha256 = sha256;
        this.rules = rules;
    }

    /** Reads and compiles a policy file; a broken one is refused with every problem, each with its line and column. */
    public static Policy load(Path file) {
        try {
            return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new PolicyException(file.toString(), List.of(new PolicyProblem(1, 1, null, "cannot read the file: " + e.getMessage())));
        }
    }

    /** The policy that ships with Steward. */
    public static Policy defaultPolicy() {
        try (InputStream in = Policy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            return parse("default.policy", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("the default step-up policy is missing from the build", e);
        }
    }

    /** Compiles policy text; {@code name} is how errors and decisions refer to it. */
    public static Policy parse(String name, String text) {
        PolicyParser parser = new PolicyParser(text);
        List<PolicyParser.RuleSource> sources = parser.parse();
        List<Rule> rules = new ArrayList<>();
        for (PolicyParser.RuleSource source : sources) {
            CelValidationResult compiled = COMPILER.compile(source.condition());
            if (compiled.hasError()) {
                for (CelIssue issue : compiled.getErrors()) {
                    int[] at = position(parser, source, issue);
                    parser.problems().add(new PolicyProblem(at[0], at[1], source.name(), firstLine(issue.getMessage())));
                }
                continue;
            }
            try {
                CelAbstractSyntaxTree ast = compiled.getAst();
                rules.add(new Rule(source.name(), source.line(), RUNTIME.createProgram(ast), source.effects()));
            } catch (CelValidationException | CelEvaluationException e) {
                parser.problem(source.conditionOffset(), source.name(), firstLine(e.getMessage()));
            }
        }
        if (!parser.problems().isEmpty()) {
            throw new PolicyException(name, parser.problems());
        }
        if (rules.isEmpty()) {
            throw new PolicyException(name, List.of(new PolicyProblem(1, 1, null, "the file has no rules")));
        }
        return new Policy(name, sha256(text), List.copyOf(rules));
    }

    /** Maps a CEL issue (line and column within the condition) to the line and column in the policy file. */
    private static int[] position(PolicyParser parser, PolicyParser.RuleSource source, CelIssue issue) {
        int line = Math.max(1, issue.getSourceLocation().getLine());
        int column = Math.max(0, issue.getSourceLocation().getColumn());
        String condition = source.condition();
        int offset = 0;
        for (int l = 1; l < line; l++) {
            int nl = condition.indexOf('\n', offset);
            if (nl < 0) {
                break;
            }
            offset = nl + 1;
        }
        int fileOffset = source.conditionOffset() + Math.min(offset + column, condition.length());
        return new int[] {parser.line(fileOffset), parser.column(fileOffset)};
    }

    private static String firstLine(String message) {
        String m = message == null ? "invalid expression" : message.strip();
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl);
        return m.replaceFirst("^ERROR: <input>:\\d+:\\d+: ", "");
    }

    public String name() {
        return name;
    }

    public String sha256() {
        return sha256;
    }

    public List<String> ruleNames() {
        return rules.stream().map(Rule::name).toList();
    }

    /**
     * Evaluates every rule against one request. {@code input} holds the {@link #VARIABLES}; whole numbers must be
     * {@code Long}. A rule whose condition fails to evaluate denies (fail closed).
     */
    public PolicyResult evaluate(Map<String, ?> input) {
        List<RuleResult> results = new ArrayList<>(rules.size());
        List<String> denials = new ArrayList<>();
        Duration cap = null;
        int approvals = 1;
        // One resolver over the caller's map for every rule (eval(Map) would copy the map once per rule).
        CelVariableResolver variables = name -> Optional.ofNullable(input.get(name));
        for (Rule rule : rules) {
            boolean matched;
            try {
                matched = Boolean.TRUE.equals(rule.program().eval(variables));
            } catch (CelEvaluationException e) {
                String error = firstLine(e.getMessage());
                results.add(new RuleResult(rule.name(), rule.line(), false, List.of(), error));
                denials.add("rule " + rule.name() + " could not be evaluated: " + error);
                continue;
            }
            List<String> effects = new ArrayList<>();
            if (matched) {
                for (Effect effect : rule.effects()) {
                    effects.add(effect.text());
                    if (effect instanceof Effect.Deny d) {
                        denials.add(d.message() + " (rule " + rule.name() + ")");
                    } else if (effect instanceof Effect.Cap c) {
                        cap = cap == null || c.ttl().compareTo(cap) < 0 ? c.ttl() : cap;
                    } else if (effect instanceof Effect.Approvals a) {
                        approvals = Math.max(approvals, a.count());
                    }
                }
            }
            results.add(new RuleResult(rule.name(), rule.line(), matched, effects, null));
        }
        return new PolicyResult(name, sha256, results, denials, cap, approvals);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
