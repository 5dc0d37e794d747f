-- A series is every snapshot of one source, importer and PART: the part of the source a file covers, for formats whose
-- files each hold only some of a source (Kubernetes: the object kinds in the file, e.g. "RoleBinding,ServiceAccount").
-- Files of different parts of one cluster then stay current side by side instead of replacing each other; a newer
-- file of the same part replaces the older. '' for formats whose every file covers the whole source.
ALTER TABLE snapshot ADD COLUMN series_part TEXT NOT NULL DEFAULT '';

DROP INDEX snapshot_series;
CREATE INDEX snapshot_series ON snapshot (source, importer_id, series_part, id);

-- Sources the user named for files that do not name their own (a Kubernetes export does not say which cluster it is
-- from), remembered per importer and file-name pattern (the file name without dates and numbers), so the next export
-- of that cluster gets the same source without asking.
CREATE TABLE source_name (
    importer_id  TEXT NOT NULL,
    file_pattern TEXT NOT NULL,
    source       TEXT NOT NULL,
    saved_at     TEXT NOT NULL CHECK (length(saved_at) = 24),
    saved_by     TEXT NOT NULL,
    PRIMARY KEY (importer_id, file_pattern)
);
