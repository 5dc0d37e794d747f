/**
 * Exports for people outside Steward: the inventory as CSV or JSON files ({@code inventory}) through shared row
 * writers ({@code rows}); the attestation workbook joins with the campaign issue. Depends on the model only.
 */
package io.steward.exports;
