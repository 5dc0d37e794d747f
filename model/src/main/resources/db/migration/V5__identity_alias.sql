-- Other ids an identity is known by in its source, which links from other platforms use: a GCP service account's
-- e-mail (its stable id is the numeric uniqueId), an Entra service principal's appId, the client id a workload
-- identity names (its stable id is the object id). A child row like credentials: clustered by identity so an
-- import appends them in key order, with an index to find an identity by alias when a link is resolved.
CREATE TABLE identity_alias (
    identity_id INTEGER NOT NULL REFERENCES identity (id) ON DELETE CASCADE,
    alias       TEXT    NOT NULL,
    PRIMARY KEY (identity_id, alias)
) WITHOUT ROWID;

CREATE INDEX identity_alias_alias ON identity_alias (alias);
