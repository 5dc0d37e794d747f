-- The ledger: append-only, hash-chained. The hashed bytes are `body` (canonical JSON, see docs/LEDGER.md);
-- everything else about an entry is read out of `body`, so there is one source of truth to verify.
CREATE TABLE ledger_meta (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    ledger_id     TEXT    NOT NULL,
    created_at    TEXT    NOT NULL,
    format        INTEGER NOT NULL
);

INSERT INTO ledger_meta (id, ledger_id, created_at, format)
VALUES (1, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 1);

CREATE TABLE ledger_entry (
    seq        INTEGER PRIMARY KEY,
    body       TEXT    NOT NULL,
    prev_hash  BLOB    NOT NULL CHECK (length(prev_hash) = 32),
    hash       BLOB    NOT NULL CHECK (length(hash) = 32)
);

-- Readable projection of the entries for queries and the console; never used for hashing.
CREATE VIEW ledger_view AS
SELECT seq,
       CAST(json_extract(body, '$.time') AS TEXT) AS time,
       CAST(json_extract(body, '$.actor') AS TEXT) AS actor,
       CAST(json_extract(body, '$.kind') AS TEXT) AS kind,
       CAST(json_extract(body, '$.subject') AS TEXT) AS subject,
       CAST(json_extract(body, '$.payload') AS TEXT) AS payload,
       CAST(lower(hex(prev_hash)) AS TEXT) AS prev_hash_hex,
       CAST(lower(hex(hash)) AS TEXT) AS hash_hex
FROM ledger_entry;

-- Triggers only stop accidents (anyone holding the file can drop them); verification is what counts.
CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE ON ledger_entry
BEGIN
    SELECT RAISE(ABORT, 'ledger entries are append-only: UPDATE is not allowed');
END;

CREATE TRIGGER ledger_entry_no_delete BEFORE DELETE ON ledger_entry
BEGIN
    SELECT RAISE(ABORT, 'ledger entries are append-only: DELETE is not allowed');
END;

CREATE TRIGGER ledger_entry_chain BEFORE INSERT ON ledger_entry
WHEN NEW.seq <> COALESCE((SELECT MAX(seq) FROM ledger_entry), 0) + 1
  OR NEW.prev_hash IS NOT COALESCE((SELECT hash FROM ledger_entry WHERE seq = NEW.seq - 1), zeroblob(32))
BEGIN
    SELECT RAISE(ABORT, 'ledger append out of order: seq or previous hash does not follow the head');
END;
