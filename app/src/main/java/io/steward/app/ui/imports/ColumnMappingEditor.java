package io.steward.app.ui.imports;

import io.steward.importers.columns.ColumnMapping;
import io.steward.importers.columns.Concept;
import io.steward.importers.columns.MappingRequest;
import io.steward.importers.columns.UnrecognisedHeadersException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The column-mapping editor of one spreadsheet whose headers Steward did not recognise: one row per
 * header with sample values and a concept choice ("ignore" unless matched automatically or saved),
 * validated as the user chooses. Free of controls; {@link ColumnMappingPane} shows it.
 */
public final class ColumnMappingEditor {
    /** How many sample values a row shows. */
    static final int SAMPLES = 3;

    /** One header of the file and what the user says it means. */
    public static final class Row {
        private final String header;
        private final String samples;
        private final ObjectProperty<ConceptChoice> choice;

        Row(String header, List<String> samples, ConceptChoice initial) {
            this.header = header;
            this.samples = samples.isEmpty() ? "(no values in the first rows)" : String.join(" · ", samples);
            this.choice = new SimpleObjectProperty<>(initial);
        }

        public String header() {
            return header;
        }

        /** The first values of the column, joined for display (secret-looking ones hidden). */
        public String samples() {
            return samples;
        }

        public ObjectProperty<ConceptChoice> choiceProperty() {
            return choice;
        }
    }

    private final MappingRequest request;
    private final List<Row> rows = new ArrayList<>();
    private final List<ConceptChoice> choices = new ArrayList<>();
    private final BooleanProperty remember = new SimpleBooleanProperty(true);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();

    public ColumnMappingEditor(MappingRequest request) {
        this.request = request;
        choices.add(ConceptChoice.IGNORE);
        EnumSet.copyOf(request.known()).forEach(c -> choices.add(new ConceptChoice(c)));
        for (int i = 0; i < request.headers().size(); i++) {
            String h = request.headers().get(i);
            if (h.isBlank()) {
                continue;
            }
            Concept matched = request.matched().get(h);
            Row row = new Row(h, request.samplesOf(i).stream().limit(SAMPLES).toList(),
                    matched == null ? ConceptChoice.IGNORE : new ConceptChoice(matched));
            row.choiceProperty().addListener((obs, old, now) -> validate());
            rows.add(row);
        }
        validate();
    }

    public List<Row> rows() {
        return rows;
    }

    /** "ignore" first, then every concept this format can map to. */
    public List<ConceptChoice> choices() {
        return choices;
    }

    /** The source the mapping is saved for ("csv:robots"). */
    public String source() {
        return request.source();
    }

    public String fileName() {
        return io.steward.importers.secrets.SafeFileName.of(request.file()).name();
    }

    /** What must be mapped, in words: "Map at least one column to id or name." */
    public String requirement() {
        return "Map at least one column to " + UnrecognisedHeadersException.ids(EnumSet.copyOf(request.requiredAnyOf()), " or ")
                + " (it tells the rows apart). Columns left on \"ignore\" are not read.";
    }

    /** Save the mapping for the source when the file is imported (default on). */
    public BooleanProperty rememberProperty() {
        return remember;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** What is missing, or what the mapping will read: updated on every choice. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Every header explicitly: a concept, or ignored (so a synonym match the user turned off stays off). */
    public ColumnMapping mapping() {
        Map<String, Concept> byHeader = new LinkedHashMap<>();
        Set<String> ignored = new LinkedHashSet<>();
        for (Row r : rows) {
            ConceptChoice c = r.choiceProperty().get();
            if (c == null || c.ignored()) {
                ignored.add(r.header());
            } else {
                byHeader.putIfAbsent(r.header(), c.concept());
            }
        }
        return ColumnMapping.of(byHeader, ignored);
    }

    private void validate() {
        Map<Concept, List<String>> used = new LinkedHashMap<>();
        for (Row r : rows) {
            ConceptChoice c = r.choiceProperty().get();
            if (c != null && !c.ignored()) {
                used.computeIfAbsent(c.concept(), k -> new ArrayList<>()).add(r.header());
            }
        }
        boolean ok = request.requiredAnyOf().stream().anyMatch(used::containsKey);
        valid.set(ok);
        if (!ok) {
            message.set("Not yet: no column is mapped to " + UnrecognisedHeadersException.ids(EnumSet.copyOf(request.requiredAnyOf()), " or ")
                    + ".");
            return;
        }
        List<String> parts = new ArrayList<>();
        used.forEach((c, headers) -> parts.add(c.id() + " from " + String.join(", ", headers.stream().map(h -> "'" + h + "'").toList())));
        long ignored = rows.size() - used.values().stream().mapToLong(List::size).sum();
        message.set("Ready: " + String.join("; ", parts) + (ignored > 0 ? "; " + ignored + " ignored" : "") + ".");
    }
}
