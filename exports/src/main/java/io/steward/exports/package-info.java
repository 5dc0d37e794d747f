/**
 * Evidence exports (the attestation workbook and decision files). The workbook arrives with the
 * campaign issue; the module exists now so the dependency direction app → exports → model is fixed
 * and enforced from the start.
 */
package io.steward.exports;
