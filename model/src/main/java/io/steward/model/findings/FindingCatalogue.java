package io.steward.model.findings;

import io.steward.model.findings.rules.BuiltInRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** The rules findings are computed with: the built-in ones, those registered as services, and any added. */
public final class FindingCatalogue {
    private final Map<String, FindingRule> rules = new LinkedHashMap<>();

    private FindingCatalogue(Collection<FindingRule> rules) {
        for (FindingRule r : rules) {
            this.rules.put(r.info().id(), r);
        }
    }

    /** Built-in rules plus every {@link FindingRule} service on the class path. */
    public static FindingCatalogue standard() {
        List<FindingRule> all = new ArrayList<>(BuiltInRules.all());
        ServiceLoader.load(FindingRule.class, FindingCatalogue.class.getClassLoader()).forEach(all::add);
        return new FindingCatalogue(all);
    }

    public static FindingCatalogue of(Collection<FindingRule> rules) {
        return new FindingCatalogue(rules);
    }

    /** This catalogue plus {@code more} (a rule with the same id replaces the old one). */
    public FindingCatalogue with(FindingRule... more) {
        List<FindingRule> all = new ArrayList<>(rules.values());
        all.addAll(List.of(more));
        return new FindingCatalogue(all);
    }

    public List<FindingRule> rules() {
        return List.copyOf(rules.values());
    }

    public List<RuleInfo> infos() {
        return rules.values().stream().map(FindingRule::info).toList();
    }

    public Optional<RuleInfo> info(String id) {
        return Optional.ofNullable(rules.get(id)).map(FindingRule::info);
    }

    /** @throws io.steward.model.BadInputException naming the known rules */
    public RuleInfo require(String id) {
        return info(id).orElseThrow(() -> new io.steward.model.BadInputException(null, null, "unknown rule '" + id
                + "': use one of " + String.join(", ", rules.keySet())));
    }
}
