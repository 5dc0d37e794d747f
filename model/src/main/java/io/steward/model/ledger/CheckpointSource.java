package io.steward.model.ledger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Signed checkpoints kept outside the ledger that a verification checks the ledger against: the sidecar
 * beside it, an auditor's copy of it, or checkpoints carried by another document (e.g. a signed workbook).
 */
public interface CheckpointSource {
    /** Names the source in messages, e.g. the file name. */
    String name();

    /** The checkpoints it holds, in order, each with where it sits in the source. */
    List<Located> read();

    /** The file it reads, if it is a file. */
    default Optional<Path> file() {
        return Optional.empty();
    }

    /** One checkpoint and where it is in its source, e.g. "on line 3 of ledger.steward.checkpoints". */
    record Located(String where, Checkpoint checkpoint) {
    }

    /** A checkpoint file in the sidecar format (one JSON line each); a missing file holds none. */
    static CheckpointSource sidecar(Path file) {
        return new Sidecar(file);
    }

    /** Checkpoints read from elsewhere, e.g. a document that carries them. */
    static CheckpointSource of(String name, List<Checkpoint> checkpoints) {
        List<Located> located = new java.util.ArrayList<>();
        for (int i = 0; i < checkpoints.size(); i++) {
            located.add(new Located("number " + (i + 1) + " in " + name, checkpoints.get(i)));
        }
        List<Located> fixed = List.copyOf(located);
        return new CheckpointSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<Located> read() {
                return fixed;
            }
        };
    }

    /** A sidecar file: JSON Lines of checkpoints. */
    record Sidecar(Path path) implements CheckpointSource {
        @Override
        public String name() {
            return path.getFileName().toString();
        }

        @Override
        public List<Located> read() {
            if (!Files.isRegularFile(path)) {
                return List.of();
            }
            return SidecarReader.read(path).stream()
                    .map(l -> new Located("on line " + l.number() + " of " + name(), l.checkpoint())).toList();
        }

        @Override
        public Optional<Path> file() {
            return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        }
    }
}
