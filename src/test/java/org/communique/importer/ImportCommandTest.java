package org.communique.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code import [DIR]} command: a line per file, a summary, and an exit status that scripts can test. */
class ImportCommandTest {

    @TempDir
    Path data;

    @TempDir
    Path folder;

    @Test
    void importsAFolderReportsEachFileAndFailsWhenOneFileFails() throws Exception {
        Files.copy(Path.of("seed-docs/000_10cd8ee5ffed7d6e.txt"), folder.resolve("000.txt"));
        Files.writeString(folder.resolve("empty.txt"), "   \n");

        Output first = run(folder.toString());
        assertThat(first.status()).isEqualTo(1);
        assertThat(first.lines()).anyMatch(line -> line.startsWith("IMPORTED") && line.contains("000.txt"));
        assertThat(first.lines()).anyMatch(line -> line.startsWith("FAILED") && line.contains("empty.txt")
                && line.contains("no statement text"));
        assertThat(first.lines().get(first.lines().size() - 1)).startsWith("COMPLETED: 2 files in " + folder);

        Files.delete(folder.resolve("empty.txt"));
        Output second = run(folder.toString());
        assertThat(second.status()).isZero();
        assertThat(second.lines()).anyMatch(line -> line.startsWith("UNCHANGED") && line.contains("000.txt"));
    }

    @Test
    void aFolderThatDoesNotExistIsNamedInTheError() throws Exception {
        Output output = run(folder.resolve("nowhere").toString());
        assertThat(output.status()).isEqualTo(2);
        assertThat(String.join("\n", output.lines())).contains("nowhere").contains("does not exist");
    }

    private Output run(String dir) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = ImportCommand.run(new String[] {dir, "--archive.data-dir=" + data}, new PrintStream(bytes, true,
                StandardCharsets.UTF_8));
        return new Output(status, bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }

    private record Output(int status, List<String> lines) {
    }
}
