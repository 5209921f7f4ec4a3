package org.communique.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import org.communique.importer.extraction.ExtractionBudget;
import org.communique.importer.extraction.SourceFile;
import org.communique.importer.extraction.SourceTooHeavy;
import org.communique.importer.extraction.StatementExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Heavy files are refused by their budget, quickly and with the limit named, instead of holding whoever
 * extracts them. The guards below ({@code assertTimeoutPreemptively}) catch a hang, not a slowness: every
 * file here is refused in well under a second on a quiet machine; before the budgets each took minutes.
 */
class ExtractionBudgetTest {

    private static final Duration HANG = Duration.ofSeconds(30);
    private static final StatementExtractor EXTRACTOR = StatementExtractor.withBundledRegistry();

    @TempDir
    Path folder;

    @Test
    void aHundredThousandNestedDivsAreRefusedByTheDepthLimit() {
        String page = "<html><body>" + "<div>".repeat(100_000) + "The ministers met." + "</div>".repeat(100_000)
                + "</body></html>";
        SourceFile file = new SourceFile("nested.html", page.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> assertTimeoutPreemptively(HANG,
                () -> BoundedExtraction.extract(EXTRACTOR, file, ExtractionBudget.DEFAULT)))
                .isInstanceOf(SourceTooHeavy.class)
                .hasMessageContaining("nests its HTML elements more than 256 deep")
                .hasMessageContaining("archive.extraction.max-depth");
    }

    @Test
    void aPageWithinTheDepthLimitIsStillRead() {
        String page = "<html><body>" + "<div>".repeat(100) + "<h1>Joint Statement</h1><p>The ministers of the two"
                + " countries met in Baghdad today and agreed to keep working together on the points.</p>"
                + "</div>".repeat(100) + "</body></html>";
        var statement = BoundedExtraction.extract(EXTRACTOR, new SourceFile("deep.html",
                page.getBytes(StandardCharsets.UTF_8)), ExtractionBudget.DEFAULT);
        assertThat(statement.body()).contains("keep working together");
    }

    @Test
    void aMillionShortLinesAreRefusedByTheLineLimit() {
        byte[] lines = "ab cd\n".repeat(1_000_000).getBytes(StandardCharsets.US_ASCII);
        SourceFile file = new SourceFile("lines.txt", lines);
        assertThatThrownBy(() -> assertTimeoutPreemptively(HANG,
                () -> BoundedExtraction.extract(EXTRACTOR, file, ExtractionBudget.DEFAULT)))
                .isInstanceOf(SourceTooHeavy.class)
                .hasMessageContaining("more than 20000 lines");
    }

    @Test
    void aTenMegabyteSingleLineIsStoppedByTheTimeLimit() {
        byte[] line = new byte[10_000_000];
        for (int i = 0; i < line.length; i++) {
            line[i] = (byte) (i % 6 == 5 ? ' ' : 'a' + i % 5);
        }
        ExtractionBudget oneSecond = ExtractionBudget.DEFAULT.withMaxTime(Duration.ofSeconds(1));
        SourceFile file = new SourceFile("line.txt", line);
        long started = System.nanoTime();
        assertThatThrownBy(() -> assertTimeoutPreemptively(HANG,
                () -> BoundedExtraction.extract(EXTRACTOR, file, oneSecond)))
                .isInstanceOf(SourceTooHeavy.class)
                .hasMessageContaining("took longer than the limit of 1 s");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(HANG);
    }

    @Test
    void aFiftyMegabyteTextIsRefusedBeforeItIsRead() throws Exception {
        Path big = folder.resolve("big.txt");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024); // sparse: no 50 MB written to disk
        }
        assertThatThrownBy(() -> new ImportFolder(folder).read("big.txt", ExtractionBudget.DEFAULT))
                .isInstanceOf(ImportFolder.Refused.class)
                .hasMessageContaining("50.0 MB, over the limit of 10.0 MB");
        Output output = extract(big.toString());
        assertThat(output.status()).isEqualTo(1);
        assertThat(output.text()).contains("\"error\":\"the file is too large to extract: 50.0 MB");
    }

    @Test
    void theCommandTakesItsBudgetFromItsArguments() throws Exception {
        Path file = Files.writeString(folder.resolve("short.txt"), "Joint Statement\n\n"
                + "The two sides met today and agreed on the points.\n".repeat(50));
        Output output = extract("--archive.extraction.max-lines=20", file.toString());
        assertThat(output.status()).isEqualTo(1);
        assertThat(output.text()).contains("more than 20 lines");
        assertThat(extract(file.toString()).status()).isZero();
    }

    @Test
    void aFifoIsRefusedWithoutBlockingTheCommand() throws Exception {
        Path fifo = folder.resolve("pipe.txt");
        if (!mkfifo(fifo)) {
            return; // no mkfifo on this system: nothing to test
        }
        Output output = assertTimeoutPreemptively(HANG, () -> extract(fifo.toString()));
        assertThat(output.status()).isEqualTo(1);
        assertThat(output.text()).contains("not a regular file");
    }

    static boolean mkfifo(Path path) throws Exception {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static Output extract(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = ExtractCommand.run(Arrays.copyOf(args, args.length), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Output(status, bytes.toString(StandardCharsets.UTF_8));
    }

    private record Output(int status, String text) {
    }
}
