package org.communique.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@code extract} command as scripts use it: one JSON line per file, in order, errors on their own line. */
class ExtractCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SEED = "seed-docs/000_10cd8ee5ffed7d6e.txt";

    @Test
    void printsOneLinePerFileWithEveryFieldOfTheContract() {
        Output output = run(SEED, "seed-docs/001_71612a2795c0e0d8.txt");

        assertThat(output.status()).isZero();
        assertThat(output.lines()).hasSize(2);
        JsonNode first = output.lines().get(0);
        assertThat(first.propertyNames()).containsExactly("file", "title", "titleDerived", "date", "dateEnd",
                "dateBasis", "type", "parties", "officials", "quotes", "publisher", "sourceUrl", "body", "warnings");
        assertThat(first.get("file").asString()).isEqualTo(SEED);
        assertThat(first.get("title").asString()).isEqualTo("Joint Statement on the U.S.-Iraq Strategic Dialogue");
        assertThat(first.get("date").asString()).isEqualTo("2021-07-26");
        assertThat(first.get("officials").get(0).propertyNames()).containsExactly("name", "role", "country", "mentions");
        assertThat(output.lines().get(1).get("dateEnd").asString()).isEqualTo("2024-07-23");
    }

    @Test
    void aFileThatCannotBeReadGetsAnErrorLineAndTheOthersAreStillExtracted() {
        Output output = run("seed-docs/no-such-file.txt", "seed-docs", SEED);

        assertThat(output.status()).isEqualTo(1);
        assertThat(output.lines()).hasSize(3);
        assertThat(output.lines().get(0).get("file").asString()).isEqualTo("seed-docs/no-such-file.txt");
        assertThat(output.lines().get(0).get("error").asString()).isEqualTo("no such file");
        assertThat(output.lines().get(1).get("error").asString()).contains("directory");
        assertThat(output.lines().get(2).get("type").asString()).isEqualTo("joint-statement");
    }

    @Test
    void withoutFilesItSaysHowToUseIt() {
        assertThat(run().status()).isEqualTo(2);
    }

    private static Output run(String... files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = ExtractCommand.run(files, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<JsonNode> lines = bytes.toString(StandardCharsets.UTF_8).lines().map(JSON::readTree).toList();
        return new Output(status, lines);
    }

    private record Output(int status, List<JsonNode> lines) {
    }
}
