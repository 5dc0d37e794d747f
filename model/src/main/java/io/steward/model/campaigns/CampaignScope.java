package io.steward.model.campaigns;

import io.steward.model.findings.Severity;

import io.steward.model.BadInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which current identities a campaign covers, parsed from a query such as
 * {@code source:aws:123456789012 kind:service-account,ai-agent env:prod severity:high owner:none}.
 * Terms are {@code field:value[,value...]}, separated by spaces; values of one field are alternatives (OR),
 * fields must all hold (AND). Fields: source, kind, env, finding (a rule id, or {@code any}/{@code none}),
 * severity (an open finding at least this severe), owner (a person, or {@code none}), changed-since (a
 * snapshot id: new or changed since that snapshot of the same series). The empty query is every identity.
 */
public record CampaignScope(Set<String> sources, Set<String> kinds, Set<String> environments, Set<String> findings,
                            Severity minSeverity, Set<String> owners, Long changedSince) {

    public static final String NONE = "none";
    public static final String ANY = "any";
    public static final CampaignScope ALL = new CampaignScope(Set.of(), Set.of(), Set.of(), Set.of(), null, Set.of(), null);
    private static final String FIELDS = "source, kind, env, finding, severity, owner, changed-since";

    public static CampaignScope parse(String query) {
        if (query == null || query.isBlank()) {
            return ALL;
        }
        Set<String> sources = new TreeSet<>();
        Set<String> kinds = new TreeSet<>();
        Set<String> envs = new TreeSet<>();
        Set<String> findings = new TreeSet<>();
        Set<String> owners = new TreeSet<>();
        Severity severity = null;
        Long changedSince = null;
        String[] terms = query.strip().split("\\s+");
        for (int i = 0; i < terms.length; i++) {
            String term = terms[i];
            int colon = term.indexOf(':');
            if (colon <= 0 || colon == term.length() - 1) {
                throw bad(i, term, "a term is field:value; fields are " + FIELDS);
            }
            String field = term.substring(0, colon).toLowerCase(Locale.ROOT);
            List<String> values = values(term.substring(colon + 1), i, term);
            switch (field) {
                case "source" -> sources.addAll(values);
                case "kind" -> kinds.addAll(values);
                case "env", "environment" -> envs.addAll(values);
                case "finding" -> findings.addAll(values);
                case "owner" -> owners.addAll(values);
                case "severity" -> {
                    severity = ReviewFacts.severity(values.get(0));
                    if (severity == null || values.size() > 1) {
                        throw bad(i, term, "severity is one of info, low, medium, high, critical");
                    }
                }
                case "changed-since" -> {
                    try {
                        changedSince = Long.parseLong(values.get(0));
                    } catch (NumberFormatException e) {
                        throw bad(i, term, "changed-since takes a snapshot id (a number, see `steward snapshots`)");
                    }
                }
                default -> throw bad(i, term, "unknown field \"" + field + "\"; fields are " + FIELDS);
            }
        }
        return new CampaignScope(Set.copyOf(sources), Set.copyOf(kinds), Set.copyOf(envs), Set.copyOf(findings), severity,
                Set.copyOf(owners), changedSince);
    }

    private static List<String> values(String text, int index, String term) {
        List<String> values = new ArrayList<>();
        for (String v : text.split(",")) {
            if (v.isBlank()) {
                throw bad(index, term, "an empty value");
            }
            values.add(v.strip());
        }
        return values;
    }

    private static BadInputException bad(int index, String term, String reason) {
        return new BadInputException(null, "scope term " + (index + 1) + " \"" + term + "\"", reason);
    }

    /** True when a rule- or owner-based filter needs the governance facts. */
    boolean needsFindings() {
        return !findings.isEmpty() || minSeverity != null;
    }

    /** The normalised query text: fields in a fixed order, values sorted; parses back to an equal scope. */
    public String text() {
        StringBuilder b = new StringBuilder();
        term(b, "source", sources);
        term(b, "kind", kinds);
        term(b, "env", environments);
        term(b, "finding", findings);
        if (minSeverity != null) {
            term(b, "severity", Set.of(minSeverity.id()));
        }
        term(b, "owner", owners);
        if (changedSince != null) {
            term(b, "changed-since", Set.of(changedSince.toString()));
        }
        return b.toString();
    }

    private static void term(StringBuilder b, String field, Set<String> values) {
        if (values.isEmpty()) {
            return;
        }
        if (b.length() > 0) {
            b.append(' ');
        }
        b.append(field).append(':').append(String.join(",", new TreeSet<>(values)));
    }

    @Override
    public String toString() {
        return text();
    }
}
