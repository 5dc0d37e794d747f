package io.steward.app.ui.imports;

import io.steward.app.BadInput;
import io.steward.app.ui.common.BackgroundTask;
import io.steward.app.ui.common.BannerText;
import io.steward.app.ui.common.DialogService;
import io.steward.app.ui.common.ErrorReport;
import io.steward.app.ui.common.FileType;
import io.steward.app.ui.common.TaskExecutor;
import io.steward.app.ui.common.TaskHandle;
import io.steward.importers.spi.Cancellation;
import io.steward.importers.FormatNotRecognisedException;
import io.steward.importers.ImportOptions;
import io.steward.importers.spi.NamedSourceImporter;
import io.steward.importers.ImportReport;
import io.steward.importers.ImportService;
import io.steward.importers.columns.MappingRequest;
import io.steward.model.inventory.ColumnMappings;
import io.steward.importers.columns.UnrecognisedHeadersException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import sheet: files the user picked or dropped, each previewed in the background (format
 * detected or chosen, counts, warnings, refused secrets; nothing stored), then imported together with
 * progress and Cancel. Previews run one at a time (each holds the ledger's write lock while it reads).
 * All callbacks arrive on the UI thread through the {@link TaskExecutor}.
 */
public final class ImportViewModel {
    static final double INDETERMINATE = -1;
    private static final FileType[] FILE_TYPES = {
        new FileType("Inventory exports (CSV, JSON, YAML, XLSX)", "*.csv", "*.json", "*.yaml", "*.yml", "*.txt", "*.xlsx"),
        FileType.ANY};

    private final Supplier<ImportService> serviceSupplier;
    private ImportService service;
    private final String actor;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    private final ObservableList<ImportFile> files = FXCollections.observableArrayList();
    /** The one read-only view handed out: views listen to it, and listeners on a throw-away wrapper would be lost. */
    private final ObservableList<ImportFile> filesView = FXCollections.unmodifiableObservableList(files);
    private final ObservableList<FormatChoice> formats = FXCollections.observableArrayList();
    private final ObservableList<FormatChoice> formatsView = FXCollections.unmodifiableObservableList(formats);
    private final ReadOnlyObjectWrapper<ImportFile> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PreviewDetails> details = new ReadOnlyObjectWrapper<>(PreviewDetails.NONE);
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper previewing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<BannerText> status = new ReadOnlyObjectWrapper<>(ImportMessages.EMPTY);
    private final List<Consumer<List<ImportReport>>> importedListeners = new ArrayList<>();

    /** True from submit until the outcome was handled; {@link #running} is only set while it is. */
    private boolean taskActive;
    private TaskHandle running;
    /** Cancel of the running task, also reachable while an inline executor is still inside submit. */
    private AtomicBoolean stop = new AtomicBoolean();
    /** An import's outcome is on the banner; it stays until the files change. */
    private boolean outcomeShown;
    private ImportFile inPreview;
    private Path lastFolder;

    /**
     * With the service made on first use: making every importer (and their parsers' set-up) took about 140 ms, which
     * the console would otherwise spend on the FX thread before its first frame. The console's view asks for the
     * formats while it is built off the FX thread, so that is where they are made.
     */
    public ImportViewModel(Supplier<ImportService> service, String actor, TaskExecutor executor, DialogService dialogs) {
        this.serviceSupplier = Objects.requireNonNull(service, "service");
        this.actor = actor;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    private synchronized ImportService service() {
        if (service == null) {
            service = serviceSupplier.get();
        }
        return service;
    }

    /** Called on the UI thread after files were committed (e.g. to refresh the inventory and the ledger). */
    public void onImported(Consumer<List<ImportReport>> listener) {
        importedListeners.add(Objects.requireNonNull(listener));
    }

    // ---- files --------------------------------------------------------------------------------------

    /** Opens the sheet and asks for files (several at once). */
    public void chooseFiles() {
        List<Path> chosen = dialogs.chooseFilesToOpen("Import inventory files", lastFolder, FILE_TYPES);
        if (!chosen.isEmpty()) {
            addFiles(chosen);
        }
    }

    /** Adds files (picked or dropped) and previews each; a file already listed is not added twice. */
    public void addFiles(List<Path> paths) {
        if (importing.get()) {
            return;
        }
        files.removeIf(f -> f.status() == ImportFileStatus.IMPORTED); // a new batch starts
        outcomeShown = false;
        ImportFile first = null;
        for (Path p : paths) {
            Path path = p.toAbsolutePath().normalize();
            if (files.stream().anyMatch(f -> f.path().equals(path))) {
                continue;
            }
            ImportFile file = new ImportFile(path);
            file.statusProperty().addListener((obs, old, now) -> refresh());
            file.formatProperty().addListener((obs, old, now) -> requeue(file, true));
            files.add(file);
            first = first == null ? file : first;
            lastFolder = path.getParent();
        }
        open.set(true);
        select(first != null ? first : selected.get());
        refresh();
        previewNext();
    }

    public void remove(ImportFile file) {
        if (importing.get() || file == null) {
            return;
        }
        if (file == inPreview) {
            cancel();
        }
        outcomeShown = false;
        int at = files.indexOf(file);
        files.remove(file);
        select(files.isEmpty() ? null : files.get(Math.min(at, files.size() - 1)));
        refresh();
    }

    public void select(ImportFile file) {
        selected.set(file);
        details.set(file == null ? PreviewDetails.NONE : PreviewDetails.of(file));
    }

    /** Whether the selected file's format reads its source from the user (a Kubernetes export names no cluster). */
    public boolean selectedNeedsSourceName() {
        ImportFile f = selected.get();
        String id = f == null ? null : f.detectedFormatProperty().get();
        return id != null && service().registry().byId(id).filter(i -> i instanceof NamedSourceImporter).isPresent();
    }

    /**
     * Names the system the selected file describes (e.g. the cluster) and reads it again; Steward remembers the name for
     * files named like it when it is imported. Returns the problem with the name, or null.
     */
    public String nameSource(String name) {
        ImportFile f = selected.get();
        if (f == null || !selectedNeedsSourceName()) {
            return null;
        }
        NamedSourceImporter named = (NamedSourceImporter) service().registry().byId(f.detectedFormatProperty().get()).orElseThrow();
        if (name != null && !name.isBlank()) {
            try {
                named.normaliseSource(name);
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }
        if (!java.util.Objects.equals(f.sourceName(), name == null || name.isBlank() ? null : name.strip())) {
            f.sourceName(name);
            requeue(f, false);
        }
        return null;
    }

    /** The user chose another format for a file (a mapping given for the old one is dropped) or a mapping: read it again. */
    private void requeue(ImportFile file, boolean formatChanged) {
        if (importing.get() || file.status() == ImportFileStatus.IMPORTED) {
            return;
        }
        if (file == inPreview) {
            cancel();
        }
        if (formatChanged) {
            file.formatChanged();
        } else {
            file.queued();
        }
        outcomeShown = false;
        refresh();
        previewNext();
    }

    // ---- previews -----------------------------------------------------------------------------------

    private void previewNext() {
        if (taskActive) {
            return;
        }
        ImportFile next = files.stream().filter(f -> f.status() == ImportFileStatus.QUEUED).findFirst().orElse(null);
        if (next == null) {
            return;
        }
        inPreview = next;
        next.previewing();
        previewing.set(true);
        progress.set(INDETERMINATE);
        progressText.set("Reading " + next.fileName() + "…");
        Path path = next.path();
        String formatId = next.formatProperty().get().formatId();
        ImportOptions options = options(next, formatId);
        track(BackgroundTask.<PreviewOutcome>of("preview import", ctx -> {
                    try {
                        ImportReport report = service().preview(path, options, (bytes, total, records) -> ctx.progress(bytes, total),
                                cancellation(ctx));
                        // from the report: detecting the file again would read it again
                        ColumnMappings.Saved saved = options.mapping() == null ? service().savedMapping(report).orElse(null) : null;
                        return new PreviewOutcome(report, saved, null, null);
                    } catch (UnrecognisedHeadersException e) {
                        return new PreviewOutcome(null, null, service().mappingRequest(e, formatId, ColumnMappingEditor.SAMPLES * 2), e);
                    }
                })
                .onProgress((done, total) -> progress.set(total <= 0 ? INDETERMINATE : (double) done / total))
                .onSuccess(outcome -> {
                    if (files.contains(next) && next.status() == ImportFileStatus.PREVIEWING) {
                        if (outcome.report() != null) {
                            next.previewed(outcome.report(), outcome.saved());
                        } else {
                            next.needsMapping(new ColumnMappingEditor(outcome.mapping()), ImportMessages.needsMapping(outcome.refused()));
                        }
                    }
                })
                .onFailure(e -> {
                    if (files.contains(next) && next.status() == ImportFileStatus.PREVIEWING) {
                        previewFailed(next, e);
                    }
                })
                .onFinished(() -> {
                    untrack();
                    inPreview = null;
                    previewing.set(false);
                    progress.set(0);
                    progressText.set("");
                    refresh();
                    previewNext();
                }));
    }

    private void previewFailed(ImportFile file, Throwable e) {
        if (e instanceof FormatNotRecognisedException) {
            file.failed(ImportFileStatus.NEEDS_FORMAT, e.getMessage());
        } else if (BadInput.is(e)) {
            file.failed(ImportFileStatus.FAILED, e.getMessage());
        } else {
            file.failed(ImportFileStatus.FAILED, "Steward could not read this file because of an unexpected problem;"
                    + " the details are in the error dialog and the log.");
            dialogs.showError("Cannot preview " + file.fileName(), ErrorReport.of(e).message(), e);
        }
    }

    /** A preview's result: its report, or what the user needs to map the columns of a spreadsheet refused for its headers. */
    private record PreviewOutcome(ImportReport report, ColumnMappings.Saved saved, MappingRequest mapping,
                                  UnrecognisedHeadersException refused) {
    }

    /**
     * The selected file was read with the mapping saved for its source, and the user says it is wrong: forget it
     * (in the background) and read the file again, so its headers are matched afresh or the editor asks.
     */
    public void forgetSavedMapping() {
        ImportFile file = selected.get();
        ColumnMappings.Saved saved = file == null ? null : file.savedMapping();
        if (saved == null || importing.get() || file.status() != ImportFileStatus.READY) {
            return;
        }
        executor.submit(BackgroundTask.<Void>of("forget column mapping", ctx -> {
                    service().forgetMapping(saved.source(), actor);
                    return null;
                })
                .onSuccess(done -> requeue(file, false))
                .onFailure(e -> dialogs.showError("Cannot forget the column mapping", ErrorReport.of(e).message(), e)));
    }

    /**
     * Reads the selected file again with the mapping its editor holds (in the background); the mapping is
     * saved for the file's source on import when the editor's "remember" is on.
     */
    public void previewWithMapping() {
        ImportFile file = selected.get();
        ColumnMappingEditor editor = file == null ? null : file.mappingEditor();
        if (editor == null || !editor.validProperty().get() || importing.get() || file.status() == ImportFileStatus.IMPORTED) {
            return;
        }
        file.mapped(editor.mapping());
        requeue(file, false);
    }

    private ImportOptions options(ImportFile file, String formatId) {
        ImportOptions detect = ImportOptions.detect(actor);
        ImportOptions options = formatId == null ? detect : detect.withFormat(formatId);
        options = options.withSourceName(file.sourceName());
        return file.mapping() == null ? options : options.withMapping(file.mapping(), file.rememberMapping());
    }

    // ---- import -------------------------------------------------------------------------------------

    /**
     * Imports every listed file, one snapshot each. When the files share one format choice (the usual
     * case: all detected) they are committed in ONE transaction, so a failure or Cancel stores none of
     * them; otherwise one after another, and Cancel keeps the files already imported.
     */
    public void importAll() {
        if (!canImport.get()) {
            return;
        }
        List<ImportFile> batch = List.copyOf(files);
        List<ImportFile> repeats = batch.stream().filter(ImportViewModel::importedBefore).toList();
        if (!repeats.isEmpty() && !dialogs.confirm(ImportMessages.AGAIN_TITLE, ImportMessages.importAgain(repeats), ImportMessages.AGAIN)) {
            status.set(ImportMessages.notImportedAgain(repeats));
            outcomeShown = true;
            return;
        }
        List<Path> paths = batch.stream().map(ImportFile::path).toList();
        List<String> formatIds = batch.stream().map(ImportFile::effectiveFormatId).toList();
        List<ImportOptions> options = batch.stream().map(f -> options(f, f.effectiveFormatId()).withAgain(repeats.contains(f))).toList();
        boolean oneTransaction = formatIds.stream().distinct().count() == 1;
        List<Long> sizes = paths.stream().map(ImportViewModel::sizeOf).toList();
        List<ImportReport> committed = Collections.synchronizedList(new ArrayList<>());
        batch.forEach(ImportFile::importing);
        importing.set(true);
        progress.set(INDETERMINATE);
        status.set(ImportMessages.importing(batch.size()));
        AtomicReference<BatchProgress> tracker = new AtomicReference<>();
        track(BackgroundTask.<List<ImportReport>>of("import files", ctx -> {
                    BatchProgress batchProgress = new BatchProgress(sizes, ctx);
                    tracker.set(batchProgress);
                    Cancellation cancel = cancellation(ctx);
                    if (oneTransaction) {
                        committed.addAll(service().commitAll(paths, options, batchProgress, cancel));
                    } else {
                        for (int i = 0; i < paths.size(); i++) {
                            committed.add(service().commit(paths.get(i), options.get(i), batchProgress, cancel));
                        }
                    }
                    return List.copyOf(committed);
                })
                .onProgress((done, total) -> {
                    progress.set(total <= 0 ? INDETERMINATE : (double) done / total);
                    BatchProgress p = tracker.get();
                    int index = p == null ? 0 : p.fileIndex();
                    progressText.set(ImportMessages.progress(batch.get(index).fileName(), index, batch.size(),
                            p == null ? 0 : p.records()));
                })
                .onSuccess(reports -> {
                    for (int i = 0; i < batch.size(); i++) {
                        batch.get(i).imported(reports.get(i));
                    }
                    status.set(ImportMessages.imported(reports));
                    outcomeShown = true;
                    importedListeners.forEach(l -> l.accept(reports));
                })
                .onCancelled(() -> stopped(batch, committed, null, oneTransaction))
                .onFailure(e -> stopped(batch, committed, e, oneTransaction))
                .onFinished(() -> {
                    untrack();
                    importing.set(false);
                    progress.set(0);
                    progressText.set("");
                    select(selected.get());
                    refresh();
                }));
    }

    /** The preview found the same file already imported as a snapshot of its source. */
    private static boolean importedBefore(ImportFile f) {
        ImportReport r = f.reportProperty().get();
        return r != null && r.sameFileAs() != null;
    }

    /** Cancelled ({@code error} null) or failed: say exactly what was and was not saved. */
    private void stopped(List<ImportFile> batch, List<ImportReport> committed, Throwable error, boolean oneTransaction) {
        for (int i = 0; i < batch.size(); i++) {
            if (i < committed.size()) {
                batch.get(i).imported(committed.get(i));
            } else {
                batch.get(i).notImported();
            }
        }
        outcomeShown = true;
        String notSaved = oneTransaction ? ImportMessages.ONE_TRANSACTION_NOT_SAVED
                : ImportMessages.partlySaved(batch.stream().map(ImportFile::fileName).toList(), committed.size());
        if (error == null) {
            status.set(ImportMessages.cancelled(notSaved));
        } else if (BadInput.is(error)) {
            status.set(ImportMessages.failed(error.getMessage(), notSaved));
        } else {
            status.set(ImportMessages.failed("Steward ran into an unexpected problem (details in the error dialog).", notSaved));
            dialogs.showError("Import failed", ErrorReport.of(error).message() + " " + notSaved, error);
        }
        if (!committed.isEmpty()) {
            importedListeners.forEach(l -> l.accept(List.copyOf(committed)));
        }
    }

    private Cancellation cancellation(io.steward.app.ui.common.TaskContext ctx) {
        AtomicBoolean flag = stop;
        return () -> ctx.isCancelled() || flag.get();
    }

    private void track(BackgroundTask<?> task) {
        stop = new AtomicBoolean();
        taskActive = true;
        TaskHandle handle = executor.submit(task);
        if (taskActive) { // an inline executor has already finished it
            running = handle;
        }
    }

    private void untrack() {
        taskActive = false;
        running = null;
    }

    /** Stops the running preview or import; an import in one transaction then stores nothing. */
    public void cancel() {
        stop.set(true);
        if (running != null) {
            running.cancel();
        }
    }

    /** Closes the sheet (not while importing: cancel first) and forgets its files. */
    public void close() {
        if (importing.get()) {
            return;
        }
        cancel();
        files.clear();
        select(null);
        open.set(false);
        status.set(ImportMessages.EMPTY);
        outcomeShown = false;
        refresh();
    }

    private void refresh() {
        boolean allReady = !files.isEmpty() && files.stream().allMatch(f -> f.status() == ImportFileStatus.READY);
        canImport.set(allReady && !importing.get() && !taskActive);
        if (!importing.get() && !outcomeShown && !files.isEmpty()) {
            status.set(ImportMessages.summary(files));
        }
        ImportFile current = selected.get();
        details.set(current == null ? PreviewDetails.NONE : PreviewDetails.of(current));
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0; // the import itself reports an unreadable file, with its name
        }
    }

    // ---- properties ---------------------------------------------------------------------------------

    public ObservableList<ImportFile> files() {
        return filesView;
    }

    /** "Detect from the content" first, then every importer of the registry. */
    public synchronized ObservableList<FormatChoice> formats() {
        if (formats.isEmpty()) {
            formats.add(FormatChoice.DETECT);
            service().registry().importers().forEach(i -> formats.add(FormatChoice.of(i)));
        }
        return formatsView;
    }

    public ReadOnlyObjectProperty<ImportFile> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PreviewDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** The sheet is shown while true. */
    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty previewingProperty() {
        return previewing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    /** Every file previewed without a problem and nothing running. */
    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport.getReadOnlyProperty();
    }

    /** 0..1, or -1 while the size of the work is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BannerText> statusProperty() {
        return status.getReadOnlyProperty();
    }
}
