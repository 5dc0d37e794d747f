/** Inventory importers: one per format, format detection, the secret guard and snapshot diff. */
package io.steward.importers;
