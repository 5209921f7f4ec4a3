package org.communique.importer;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The importer's settings.
 *
 * @param importDir    the folder of source files that (re-)import reads ({@code archive.import-dir})
 * @param importOnStart whether new and changed files are imported when the archive starts
 *                      ({@code archive.import-on-start})
 * @param dataDir      where the archive keeps its database and index ({@code archive.data-dir})
 */
@ConfigurationProperties(prefix = "archive")
public record ImporterProperties(Path importDir, boolean importOnStart, Path dataDir) {

    public ImporterProperties {
        importDir = importDir == null ? Path.of("seed-docs") : importDir;
        dataDir = dataDir == null ? Path.of("data") : dataDir;
    }
}
