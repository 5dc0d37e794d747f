package io.steward.app.ui.imports;

import io.steward.importers.ImportReport;
import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One file in the import sheet: which format reads it (detected, or chosen by the user), what its
 * preview found, and where it stands. Changed only on the UI thread, by {@link ImportViewModel}.
 */
public final class ImportFile {
    private final Path path;
    private final ObjectProperty<FormatChoice> format = new SimpleObjectProperty<>(FormatChoice.DETECT);
    private final ReadOnlyObjectWrapper<ImportFileStatus> status = new ReadOnlyObjectWrapper<>(ImportFileStatus.QUEUED);
    private final ReadOnlyStringWrapper detectedFormat = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<ImportReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ColumnMappingEditor> mappingEditor = new ReadOnlyObjectWrapper<>();
    /** The mapping saved for the file's source that its last preview read the columns with, or null. */
    private io.steward.model.inventory.ColumnMappings.Saved savedMapping;
    /** The mapping the user last previewed with; null = the saved one or header matching. */
    private io.steward.importers.columns.ColumnMapping mapping;

    /** The system the user named for a file that does not name its own (a Kubernetes cluster); null = the file's or remembered. */
    private String sourceName;

    ImportFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    /** The name shown on the page: a secret in it (a token someone put in the file name) redacted. */
    public String fileName() {
        return io.steward.importers.secrets.SafeFileName.of(path).name();
    }

    public String sourceName() {
        return sourceName;
    }

    void sourceName(String name) {
        sourceName = name == null || name.isBlank() ? null : name.strip();
    }

    /** The user's choice; changing it reads the file again with that format. */
    public ObjectProperty<FormatChoice> formatProperty() {
        return format;
    }

    /** The format id to import with: null = detect (also when the user picked what detection found). */
    String effectiveFormatId() {
        String chosen = format.get().formatId();
        return chosen == null || chosen.equals(detectedFormat.get()) ? null : chosen;
    }

    public ReadOnlyObjectProperty<ImportFileStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ImportFileStatus status() {
        return status.get();
    }

    /** The importer id that reads this file (detected or chosen), once known. */
    public ReadOnlyStringProperty detectedFormatProperty() {
        return detectedFormat.getReadOnlyProperty();
    }

    /** Why the file cannot be imported (file, line or record, reason), or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The preview's report, then the committed one; null before the first preview. */
    public ReadOnlyObjectProperty<ImportReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The column-mapping editor, once the file's headers were not recognised; it stays while the file is listed. */
    public ReadOnlyObjectProperty<ColumnMappingEditor> mappingEditorProperty() {
        return mappingEditor.getReadOnlyProperty();
    }

    public ColumnMappingEditor mappingEditor() {
        return mappingEditor.get();
    }

    /** The mapping to read the file with (null = saved or matched headers); saved on import when the editor says so. */
    io.steward.importers.columns.ColumnMapping mapping() {
        return mapping;
    }

    boolean rememberMapping() {
        return mapping != null && mappingEditor.get() != null && mappingEditor.get().rememberProperty().get();
    }

    void needsMapping(ColumnMappingEditor editor, String message) {
        mappingEditor.set(editor);
        failed(ImportFileStatus.NEEDS_MAPPING, message);
    }

    /** Another format was chosen: a mapping given for the old one no longer applies. */
    void formatChanged() {
        mapping = null;
        mappingEditor.set(null);
        queued();
    }

    /** Read with the editor's mapping from the next preview on. */
    void mapped(io.steward.importers.columns.ColumnMapping m) {
        mapping = m;
    }

    void queued() {
        savedMapping = null;
        status.set(ImportFileStatus.QUEUED);
        problem.set(null);
        report.set(null);
    }

    void previewing() {
        status.set(ImportFileStatus.PREVIEWING);
    }

    void detected(String importerId) {
        detectedFormat.set(importerId);
    }

    /** The saved mapping the preview read the columns with; null when none applied. */
    public io.steward.model.inventory.ColumnMappings.Saved savedMapping() {
        return savedMapping;
    }

    void previewed(ImportReport preview, io.steward.model.inventory.ColumnMappings.Saved saved) {
        savedMapping = saved;
        report.set(preview);
        detectedFormat.set(preview.importerId());
        status.set(ImportFileStatus.READY);
    }

    void failed(ImportFileStatus why, String message) {
        report.set(null);
        problem.set(message);
        status.set(why);
    }

    void importing() {
        status.set(ImportFileStatus.IMPORTING);
    }

    void imported(ImportReport committed) {
        report.set(committed);
        status.set(ImportFileStatus.IMPORTED);
    }

    /** Back to READY after a cancelled or failed commit: its preview still holds. */
    void notImported() {
        if (status.get() == ImportFileStatus.IMPORTING) {
            status.set(ImportFileStatus.READY);
        }
    }
}
