package io.steward.importers.spreadsheet;

import io.steward.importers.spi.AbstractImporter;
import io.steward.importers.spi.BadInputException;
import io.steward.importers.spi.Cancellation;
import io.steward.importers.spi.Detection;
import io.steward.importers.spi.FileSample;
import io.steward.importers.spi.ImportProgress;
import io.steward.importers.spi.RecordSink;
import io.steward.importers.columns.ColumnMapping;
import io.steward.importers.columns.Concept;
import io.steward.importers.columns.HeaderedRows;
import io.steward.importers.columns.MappableImporter;
import io.steward.importers.values.Booleans;
import io.steward.importers.values.InvalidValueException;
import io.steward.importers.values.TagCells;
import io.steward.importers.values.TimeValues;
import io.steward.model.inventory.GrantRecord;
import io.steward.model.inventory.IdentityRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generic XLSX inventories (docs/FORMATS-SUPPORTED.md): the same header matching as generic CSV (the synonym table of
 * {@link Concept}: case, '_' and spaces ignored), or an explicit {@link ColumnMapping}; title rows above the header and trailing
 * total rows skipped; Excel serial dates; mixed boolean styles; multi-value permission cells (| ; ,).
 * Columns that map to no concept are kept as tags.
 */
public final class SpreadsheetInventoryImporter extends AbstractImporter implements MappableImporter {
    static final Set<Concept> CONCEPTS = Concept.INVENTORY;
    private static final Set<String> DISABLED = Set.of("disabled", "inactive", "suspended", "retired", "deleted", "revoked", "locked");

    private final ColumnMapping mapping;

    public SpreadsheetInventoryImporter() {
        this(ColumnMapping.empty());
    }

    private SpreadsheetInventoryImporter(ColumnMapping mapping) {
        super("generic-xlsx", "1",
                "Generic .xlsx inventory of service accounts/keys/tokens (first sheet; columns such as id, name, type, owner, "
                + "last used, status, permissions)");
        this.mapping = mapping;
    }

    @Override
    public MappableImporter withMapping(ColumnMapping m) {
        return new SpreadsheetInventoryImporter(m);
    }

    @Override
    public String sourceOf(Path file) {
        return MappableImporter.sheetSource(file);
    }

    @Override
    public boolean readsWorkbooks() {
        return true;
    }

    @Override
    public Detection detect(FileSample sample) {
        return sample.isXlsxWorkbook() ? Detection.likely(60, "an .xlsx workbook (read as a generic inventory)")
                : Detection.no("not an .xlsx workbook");
    }

    @Override
    public void read(Path file, RecordSink sink, ImportProgress progress, Cancellation cancel) throws IOException {
        sink.source(sourceOf(file));
        HeaderedRows.read(SpreadsheetTables.open(file), file, sink, mapping, CONCEPTS, EnumSet.of(Concept.ID, Concept.NAME), cancel,
                row -> sink.identity(map(file, row)));
    }

    private static IdentityRecord map(Path file, HeaderedRows.Row row) {
        String id = row.get(Concept.ID) != null ? row.get(Concept.ID) : row.get(Concept.NAME);
        if (id == null) {
            throw new BadInputException(file, row.recordNo(), row.lineNo(), Concept.ID.id(), "has no id and no name");
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("system", row.get(Concept.SYSTEM));
        attributes.put("idleDays", number(file, row, Concept.IDLE_DAYS));
        attributes.put("credentialAgeDays", number(file, row, Concept.CREDENTIAL_AGE_DAYS));
        attributes.put("lastRotated", time(file, row, Concept.LAST_ROTATED));
        attributes.put("nextRotationDue", time(file, row, Concept.NEXT_ROTATION));
        attributes.put("expires", time(file, row, Concept.EXPIRES));
        attributes.put("lastReviewed", time(file, row, Concept.LAST_REVIEWED));
        attributes.put("privileged", bool(file, row, Concept.PRIVILEGED));
        String status = row.get(Concept.STATUS);
        attributes.put("status", status);
        List<GrantRecord> grants = new ArrayList<>();
        String permissions = row.get(Concept.PERMISSIONS);
        if (permissions != null) {
            for (String p : permissions.split("[|;,]")) {
                if (!p.isBlank()) {
                    grants.add(new GrantRecord(p.strip(), null, "spreadsheet", null));
                }
            }
        }
        String kind = row.get(Concept.KIND);
        return IdentityRecord.builder(id, kind == null ? "unknown" : kind)
                .name(row.get(Concept.NAME))
                .environment(row.get(Concept.ENVIRONMENT))
                .ownerHint(row.first(Concept.OWNER))
                .enabled(enabled(row.get(Concept.ENABLED) != null ? row.get(Concept.ENABLED) : status))
                .createdAt(time(file, row, Concept.CREATED))
                .lastUsedAt(time(file, row, Concept.LAST_USED))
                .attributes(attributes)
                .tags(tags(row))
                .grants(grants)
                .at(row.recordNo(), row.lineNo())
                .build();
    }

    /** Active/Enabled/true → enabled; Disabled/Inactive/... → not; other words (Pending Retirement) → still enabled. */
    private static Boolean enabled(String status) {
        if (status == null) {
            return null;
        }
        String s = status.strip().toLowerCase(java.util.Locale.ROOT);
        if (DISABLED.contains(s)) {
            return Boolean.FALSE;
        }
        try {
            Boolean b = Booleans.parse(status);
            return b == null ? Boolean.TRUE : b;
        } catch (InvalidValueException e) {
            return Boolean.TRUE;
        }
    }

    /** Columns Steward has no concept for, plus a labels/tags column (kept as text when it is unreadable JSON). */
    private static Map<String, String> tags(HeaderedRows.Row row) {
        Map<String, String> tags = new LinkedHashMap<>(row.others());
        Map<String, String> labels = TagCells.parse(row.get(Concept.TAGS));
        tags.putAll(labels == null ? Map.of("labels", row.get(Concept.TAGS)) : labels);
        return tags;
    }

    static Instant time(Path file, HeaderedRows.Row row, Concept c) {
        try {
            return TimeValues.parse(row.get(c));
        } catch (InvalidValueException e) {
            throw new BadInputException(file, row.recordNo(), row.lineNo(), c.id(), e.getMessage());
        }
    }

    private static Boolean bool(Path file, HeaderedRows.Row row, Concept c) {
        try {
            return Booleans.parse(row.get(c));
        } catch (InvalidValueException e) {
            throw new BadInputException(file, row.recordNo(), row.lineNo(), c.id(), e.getMessage());
        }
    }

    private static Long number(Path file, HeaderedRows.Row row, Concept c) {
        String v = row.get(c);
        if (v == null) {
            return null;
        }
        try {
            return new java.math.BigDecimal(v.strip()).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new BadInputException(file, row.recordNo(), row.lineNo(), c.id(), "expected a whole number of days");
        }
    }
}
