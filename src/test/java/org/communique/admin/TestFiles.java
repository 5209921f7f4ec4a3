package org.communique.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The admin tests' source files (under {@code src/test/resources/admin/}), and the removal of what a test
 * imported under its own folder prefix, so that the archive the other tests share holds the seeds alone.
 */
final class TestFiles {

    private TestFiles() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = TestFiles.class.getResourceAsStream("/admin/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test file admin/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path folder, String path, byte[] bytes) throws IOException {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    /** Deletes the statements whose source path starts with the prefix, with everything that hangs on them. */
    static void forget(JdbcTemplate jdbc, String prefix) {
        List<Long> ids = jdbc.queryForList("SELECT s.id FROM statement s JOIN source_file f ON f.id = s.source_file_id"
                + " WHERE f.path LIKE ?", Long.class, prefix + "%");
        for (Long id : ids) {
            jdbc.update("DELETE FROM correction WHERE statement_id = ?", id);
            jdbc.update("UPDATE import_file SET statement_id = NULL WHERE statement_id = ?", id);
            jdbc.update("DELETE FROM appearance WHERE statement_id = ?", id);
            jdbc.update("DELETE FROM quotation WHERE statement_id = ?", id);
            jdbc.update("DELETE FROM statement_party WHERE statement_id = ?", id);
            jdbc.update("DELETE FROM statement WHERE id = ?", id);
        }
        jdbc.update("DELETE FROM source_file WHERE path LIKE ?", prefix + "%");
        jdbc.update("UPDATE archive_version SET version = version + 1 WHERE id = 1"); // written by SQL: say so
    }
}
