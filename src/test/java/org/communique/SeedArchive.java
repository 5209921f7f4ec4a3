package org.communique;

import java.nio.file.Path;

import org.communique.importer.ImportRun;
import org.communique.importer.Importer;

/** Puts the five seed documents into the test archive, as they are in {@code seed-docs/}. */
public final class SeedArchive {

    public static final Path SEEDS = Path.of("seed-docs");

    private SeedArchive() {
    }

    public static ImportRun load(Importer importer) {
        return importer.importFolder(SEEDS, ImportRun.Trigger.COMMAND, "test");
    }
}
