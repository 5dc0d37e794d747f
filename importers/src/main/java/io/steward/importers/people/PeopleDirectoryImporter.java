package io.steward.importers.people;

import io.steward.importers.AbstractImporter;
import io.steward.importers.BadInputException;
import io.steward.importers.Cancellation;
import io.steward.importers.Detection;
import io.steward.importers.FileSample;
import io.steward.importers.ImportProgress;
import io.steward.importers.RecordSink;
import io.steward.importers.columns.ColumnMapping;
import io.steward.importers.columns.Concept;
import io.steward.importers.columns.HeaderedRows;
import io.steward.importers.columns.MappableImporter;
import io.steward.importers.spreadsheet.SpreadsheetTables;
import io.steward.importers.spreadsheet.WorkbookHeader;
import io.steward.importers.values.InvalidValueException;
import io.steward.importers.values.TimeValues;
import io.steward.model.people.PersonRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A people directory (CSV or XLSX): person id and/or e-mail, name, team, status (active/left) and left-at.
 * People are not identities: {@link #readPeople} hands them to a consumer, and
 * {@link io.steward.importers.ImportService} stores them as a people snapshot of their own. The plain
 * {@link #read} contract (identities) does not apply and refuses the file.
 */
public final class PeopleDirectoryImporter extends AbstractImporter implements MappableImporter {
    static final Set<Concept> CONCEPTS = EnumSet.of(Concept.PERSON_ID, Concept.EMAIL, Concept.NAME, Concept.TEAM, Concept.STATUS,
            Concept.ENABLED, Concept.LEFT_AT, Concept.LOGIN);
    private static final Set<String> LEFT = Set.of("left", "leaver", "terminated", "inactive", "departed", "disabled", "former", "no", "false");

    private final ColumnMapping mapping;

    public PeopleDirectoryImporter() {
        this(ColumnMapping.empty());
    }

    private PeopleDirectoryImporter(ColumnMapping mapping) {
        super("people-directory", "1",
                "People directory (CSV/XLSX: person id or email, name, team, status active/left, left-at), for owner checks");
        this.mapping = mapping;
    }

    @Override
    public MappableImporter withMapping(ColumnMapping m) {
        return new PeopleDirectoryImporter(m);
    }

    @Override
    public String sourceOf(Path file) {
        return "people:" + MappableImporter.sheetSource(file).substring("sheet:".length());
    }

    @Override
    public boolean readsWorkbooks() {
        return true;
    }

    @Override
    public Detection detect(FileSample sample) {
        if (sample.json().isJson()) {
            return Detection.no("JSON, not a people list");
        }
        List<List<String>> headers = sample.isXlsxWorkbook() ? WorkbookHeader.candidates(sample.file())
                : List.of(Arrays.asList(sample.firstLine().split("[,;\t]")));
        for (List<String> header : headers) {
            if (looksLikePeople(header)) {
                return Detection.likely(80, "header has a person key (email/employee id) and status/left-at: a people directory");
            }
        }
        return Detection.no("no person key with status or left-at");
    }

    private boolean looksLikePeople(List<String> header) {
        ColumnMapping.Resolved r = mapping.resolve(header, CONCEPTS);
        boolean key = r.has(Concept.EMAIL) || r.has(Concept.PERSON_ID);
        boolean departure = r.has(Concept.LEFT_AT) || (r.has(Concept.STATUS) || r.has(Concept.ENABLED)) && r.has(Concept.TEAM);
        return key && departure && r.unrecognised().size() <= 2;
    }

    @Override
    public void read(Path file, RecordSink sink, ImportProgress progress, Cancellation cancel) {
        throw BadInputException.wholeFile(file, "this is a people directory, not an inventory of identities; import it "
                + "through the normal import (format people-directory) so it is kept as the people snapshot");
    }

    /** Reads every person, screened through {@code sink}; the sink also receives the source and warnings. */
    public void readPeople(Path file, RecordSink sink, Cancellation cancel, Consumer<PersonRecord> each) throws IOException {
        sink.source(sourceOf(file));
        HeaderedRows.read(SpreadsheetTables.open(file), file, sink, mapping, CONCEPTS, EnumSet.of(Concept.EMAIL, Concept.PERSON_ID),
                cancel, row -> each.accept(person(file, row)));
    }

    private static PersonRecord person(Path file, HeaderedRows.Row row) {
        String email = row.get(Concept.EMAIL);
        String id = row.get(Concept.PERSON_ID);
        if (email == null && id == null) {
            throw new BadInputException(file, row.recordNo(), row.lineNo(), Concept.EMAIL.id(), "has neither an e-mail nor a person id");
        }
        Instant leftAt;
        try {
            leftAt = TimeValues.parse(row.get(Concept.LEFT_AT));
        } catch (InvalidValueException e) {
            throw new BadInputException(file, row.recordNo(), row.lineNo(), Concept.LEFT_AT.id(), e.getMessage());
        }
        // An "Active: no" column says the same as a "Status: left" one.
        String status = row.get(Concept.STATUS) != null ? row.get(Concept.STATUS) : row.get(Concept.ENABLED);
        boolean left = leftAt != null || status != null && LEFT.contains(status.strip().toLowerCase(Locale.ROOT));
        String logins = row.get(Concept.LOGIN);
        return new PersonRecord(id, email, row.get(Concept.NAME), row.get(Concept.TEAM), left, leftAt, row.recordNo(), row.lineNo(),
                logins == null ? List.of() : List.of(logins.split("[|;,]")));
    }
}
