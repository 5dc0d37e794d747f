package io.steward.exports.workbook;

/** What a column holds, which decides the cell type and style it is written with. */
public enum ColumnType {
    /** Text Steward itself wrote (kinds, decisions, hashes). */
    TEXT,
    /** Text that came from an imported file or a person: always a text cell, quote-prefixed when it could start a formula. */
    IMPORTED_TEXT,
    /** A whole number, written as a number cell. */
    INTEGER,
    /** An instant, written as a real date cell in UTC. */
    DATE_TIME
}
