package org.communique.importer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The byline screen ({@code Segmentation.wordingIsByline}) skips a block's wording when no byline marker matches
 * it alone: sound only if every block the markers classify as a byline is one the byline markers match alone.
 */
class BylineScreenTest {

    private static final ChromeMarkers MARKERS = ChromeMarkers.load();
    private static final String[] WORDS = {"By", "by", "BY", "Jane", "Roe", "Reuters", "AFP", "PTI", "and", "/", ",", "|",
            "Updated", "Published:", "Staff", "Writer", "Correspondent", "Author:", "From:", "photo", "Photos", "edited",
            "Reporting", "Share", "Home", "News", "Cookies", "about", "the", "author", "Associated", "Press", "agencies",
            "—", "-", "2024", "Ministry", "Follow", "us", "Twitter", "Print", "Email", "Ärzte", "İstanbul", "ﬁle"};

    @Test
    void everyBylineTheMarkersFindIsOneTheBylineMarkersMatch() {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".txt")).toList()) {
                lines.addAll(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Random random = new Random(67);
        for (int round = 0; round < 100_000; round++) {
            StringBuilder line = new StringBuilder(random.nextBoolean() ? " " : "");
            for (int i = 1 + random.nextInt(7); i > 0; i--) {
                line.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(5) == 0 ? "  " : " ");
            }
            lines.add(line.toString());
        }
        int bylines = 0;
        for (String line : lines) {
            if (MARKERS.classify(line).equals(Optional.of(ChromeKind.BYLINE))) {
                bylines++;
                assertThat(MARKERS.matches(ChromeKind.BYLINE, line)).as(line).isTrue();
            }
        }
        assertThat(bylines).isGreaterThan(1_000);
    }
}
