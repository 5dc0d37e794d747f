package io.steward.importers;

import io.steward.importers.spi.BadInputException;
import io.steward.importers.spi.RecordSink;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.importers.secrets.RecordScreen;
import io.steward.importers.secrets.SecretGuard;
import io.steward.importers.secrets.SafeFileName;
import io.steward.importers.secrets.SecretRule;
import io.steward.importers.secrets.UrlCredentials;
import io.steward.model.inventory.IdentityRecord;
import io.steward.model.inventory.ImportIssue;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The sink importers write into, on the parsing thread: it applies the secret guard (raw values, JSON
 * records, and a final check of every normalised record), bounds the attributes each identity keeps
 * ({@link AttributeBound}), enforces one source per file, and passes events on in file order.
 */
final class ScreeningSink implements RecordSink {
    /** A change of snapshot metadata, passed along in order with the records. */
    record SourceEvent(String source) {
    }

    record GeneratedAtEvent(Instant generatedAt) {
    }

    record SeriesPartEvent(String part) {
    }

    private final SafeFileName file;
    private final SecretGuard guard;
    private final RecordScreen screen;
    private final Consumer<Object> next;
    private final AttributeBound bound = new AttributeBound();
    private String source;
    /** The time the snapshot describes: the import's time until the file gives its own. */
    private Instant asOf;

    ScreeningSink(SafeFileName file, SecretGuard guard, Instant importedAt, Consumer<Object> next) {
        this.file = file;
        this.asOf = importedAt;
        this.guard = guard;
        this.screen = new RecordScreen(guard);
        this.next = next;
    }

    @Override
    public String fileName() {
        return file.name();
    }

    /** A source is stored on every identity and snapshot and in the ledger: a secret in it (e.g. from a file name) is redacted. */
    @Override
    public void source(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("source must not be blank");
        }
        String value = guard.redactName(UrlCredentials.redact(raw));
        if (source == null) {
            source = value;
            next.accept(new SourceEvent(value));
        } else if (!source.equals(value)) {
            throw new BadInputException(file.path(), 0, 0, null, "the file mixes two sources (" + source + " and " + value
                    + "); one file must describe one account or system. Split it and import each part");
        }
    }

    @Override
    public void seriesPart(String part) {
        next.accept(new SeriesPartEvent(part));
    }

    @Override
    public void generatedAt(Instant generatedAt) {
        if (generatedAt != null) {
            asOf = generatedAt;
        }
        next.accept(new GeneratedAtEvent(generatedAt));
    }

    @Override
    public void identity(IdentityRecord identity) {
        IdentityRecord clean = screen.clean(identity, (field, rule) -> refused(identity.recordNo(), identity.lineNo(), field, rule,
                rule == SecretRule.URL_CREDENTIALS));
        if (clean != null) {
            next.accept(ExpiredCredentials.apply(bound.apply(clean), asOf));
        }
    }

    /** After the importer read the whole file: the warnings told once per file (attributes cut to the bound). */
    void finish() {
        ImportIssue cut = bound.summary();
        if (cut != null) {
            next.accept(cut);
        }
    }

    @Override
    public void warning(long recordNo, long lineNo, String field, String rule, String message) {
        next.accept(ImportIssue.warning(recordNo, lineNo, field, rule, message));
    }

    @Override
    public String screen(long recordNo, long lineNo, String field, String value) {
        SecretRule rule = guard.check(field, value);
        if (rule == null) {
            return value;
        }
        String kept = guard.storable(value, rule);
        refused(recordNo, lineNo, field, rule, kept != null);
        return kept;
    }

    @Override
    public void screenJson(long recordNo, long lineNo, String path, JsonNode node) {
        guard.scrub(node, path, (field, rule) -> refused(recordNo, lineNo, field, rule, rule == SecretRule.URL_CREDENTIALS));
    }

    /** {@code redacted}: the value was kept with its secret part replaced (a URL's password), else it was dropped. */
    private void refused(long recordNo, long lineNo, String field, SecretRule rule, boolean redacted) {
        next.accept(ImportIssue.refused(recordNo, lineNo, field, rule.id(), rule.explanation() + (redacted
                ? "; the password was not stored: the value was kept with " + UrlCredentials.MARKER + " in its place"
                : "; it was not stored and the import went on without it")));
    }
}
