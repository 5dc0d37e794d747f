package io.steward.importers;

import io.steward.importers.spi.BadInputException;

import java.nio.file.Path;

/** No importer (or more than one, equally) recognises a file: bad input, with the candidates named. */
public final class FormatNotRecognisedException extends BadInputException {
    public FormatNotRecognisedException(Path file, String reason) {
        super(file, 0, 0, null, reason);
    }
}
