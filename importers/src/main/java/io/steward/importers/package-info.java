/**
 * Importers turn inventory files into normalised {@link io.steward.model.inventory.IdentityRecord}s.
 * <p>
 * Contract: an {@link io.steward.importers.spi.Importer} has a stable {@code id()}, recognises files by
 * content ({@link io.steward.importers.spi.Importer#detect}) and streams records into a
 * {@link io.steward.importers.spi.RecordSink}. The {@link io.steward.importers.ImporterRegistry} holds them
 * in order and picks one per file. {@link io.steward.importers.ImportService} does the rest: hashing,
 * the secret guard, de-duplication, preview and an all-or-nothing commit.
 */
package io.steward.importers;
