package io.steward.app.ui.imports;

import io.steward.app.ui.common.Tone;

/** Where one file of an import stands; each state has words and a tone for the file list. */
public enum ImportFileStatus {
    QUEUED("Waiting for its preview", Tone.INFO),
    PREVIEWING("Reading the file…", Tone.RUNNING),
    READY("Ready to import", Tone.SUCCESS),
    NEEDS_FORMAT("Format not recognised: choose one", Tone.WARNING),
    NEEDS_MAPPING("Columns not recognised: say what they mean", Tone.WARNING),
    FAILED("Cannot be imported", Tone.DANGER),
    IMPORTING("Importing…", Tone.RUNNING),
    IMPORTED("Imported", Tone.SUCCESS);

    private final String label;
    private final Tone tone;

    ImportFileStatus(String label, Tone tone) {
        this.label = label;
        this.tone = tone;
    }

    public String label() {
        return label;
    }

    public Tone tone() {
        return tone;
    }
}
