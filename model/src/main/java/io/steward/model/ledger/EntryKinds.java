package io.steward.model.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The catalogue of entry kinds and of the checks the verifier runs on them. The ledger package does not
 * know the jobs: each job package exposes a {@code register(EntryKinds.Builder)} method and the composition
 * root (the app's {@code Workspace}) assembles the catalogue, one line per job, so the package order stays
 * one-way.
 */
public final class EntryKinds {
    private final Map<String, EntryKind<?>> byName;
    private final List<EntryKind<?>> order;
    private final List<Supplier<? extends EntryCheck>> checks;

    private EntryKinds(Map<String, EntryKind<?>> byName, List<Supplier<? extends EntryCheck>> checks) {
        this.byName = Map.copyOf(byName);
        this.order = List.copyOf(byName.values());
        this.checks = List.copyOf(checks);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every registered kind, in registration order. */
    public List<EntryKind<?>> all() {
        return order;
    }

    public Optional<EntryKind<?>> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    /** New instances of every registered check, for one verification. */
    public List<EntryCheck> newChecks() {
        List<EntryCheck> out = new ArrayList<>();
        for (Supplier<? extends EntryCheck> s : checks) {
            out.add(s.get());
        }
        return out;
    }

    /** Collects kinds and checks; a name registered twice is a programming error. */
    public static final class Builder {
        private final Map<String, EntryKind<?>> byName = new LinkedHashMap<>();
        private final List<Supplier<? extends EntryCheck>> checks = new ArrayList<>();

        private Builder() {
        }

        public Builder kind(EntryKind<?> kind) {
            EntryKind<?> before = byName.putIfAbsent(kind.name(), kind);
            if (before != null && !before.equals(kind)) {
                throw new IllegalArgumentException("the entry kind " + kind.name() + " is registered twice, with "
                        + before.payloadType().getName() + " and " + kind.payloadType().getName());
            }
            return this;
        }

        public Builder kinds(Collection<? extends EntryKind<?>> kinds) {
            kinds.forEach(this::kind);
            return this;
        }

        public Builder check(Supplier<? extends EntryCheck> check) {
            checks.add(check);
            return this;
        }

        /** Lets a job package add its kinds and checks: {@code .with(OwnerEntries::register)}. */
        public Builder with(Consumer<Builder> registration) {
            registration.accept(this);
            return this;
        }

        public EntryKinds build() {
            return new EntryKinds(byName, checks);
        }
    }
}
