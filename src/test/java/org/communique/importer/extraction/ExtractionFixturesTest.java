package org.communique.importer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the extractor over every folder in {@code src/test/resources/fixtures}: a page we composed in the
 * layout of a real site (or, through {@code "source"}, one of the seed documents) and the metadata and
 * body snippets a correct extraction has. Every mismatch of a fixture is reported at once.
 */
class ExtractionFixturesTest {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static StatementExtractor extractor;

    @BeforeAll
    static void loadExtractor() {
        extractor = StatementExtractor.withBundledRegistry();
    }

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> folders = Files.list(FIXTURES)) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void extractsWhatTheFixtureExpects(String fixture) throws IOException {
        Path folder = FIXTURES.resolve(fixture);
        JsonNode expected = JSON.readTree(folder.resolve("expected.json").toFile());
        ExtractedStatement actual = extractor.extract(SourceFile.read(source(folder, expected)));
        String body = actual.body();

        SoftAssertions soft = new SoftAssertions();
        if (expected.has("title")) {
            soft.assertThat(actual.title()).as("title").isEqualTo(expected.get("title").asString());
        }
        soft.assertThat(actual.titleDerived()).as("titleDerived").isEqualTo(expected.get("titleDerived").asBoolean());
        soft.assertThat(string(actual.date())).as("date").isEqualTo(text(expected, "date"));
        if (expected.has("dateEnd")) {
            soft.assertThat(string(actual.dateEnd())).as("dateEnd").isEqualTo(text(expected, "dateEnd"));
        }
        if (expected.has("dateBasis")) {
            soft.assertThat(actual.dateBasis().code()).as("dateBasis").isEqualTo(text(expected, "dateBasis"));
        }
        soft.assertThat(actual.type().code()).as("type").isIn(strings(expected.get("type")));
        soft.assertThat(actual.parties()).as("parties").containsExactlyInAnyOrderElementsOf(strings(expected.get("parties")));
        checkOfficials(soft, expected.get("officials"), actual.officials());
        checkQuotes(soft, expected.get("quotes"), actual.quotes());
        if (expected.has("publisher")) {
            soft.assertThat(actual.publisher()).as("publisher").isEqualTo(text(expected, "publisher"));
        }
        if (expected.has("sourceUrl")) {
            soft.assertThat(actual.sourceUrl()).as("sourceUrl").isEqualTo(text(expected, "sourceUrl"));
        }
        if (expected.has("bodyStartsWith")) {
            soft.assertThat(body).as("body start").startsWith(text(expected, "bodyStartsWith"));
        }
        if (expected.has("bodyEndsWith")) {
            soft.assertThat(body).as("body end").endsWith(text(expected, "bodyEndsWith"));
        }
        for (String snippet : strings(expected.get("bodyContains"))) {
            soft.assertThat(body).as("body contains").contains(snippet);
        }
        for (String snippet : strings(expected.get("bodyExcludes"))) {
            soft.assertThat(body).as("body excludes").doesNotContain(snippet);
        }
        for (String warning : strings(expected.get("warningsContain"))) {
            soft.assertThat(String.join(" ", actual.warnings()).toLowerCase(Locale.ROOT)).as("warnings").contains(warning);
        }
        soft.assertAll();
    }

    static Path source(Path folder, JsonNode expected) throws IOException {
        if (expected.has("source")) {
            return Path.of(expected.get("source").asString());
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("source.")).findFirst()
                    .orElseThrow(() -> new IOException(folder + " has no source file"));
        }
    }

    private static void checkOfficials(SoftAssertions soft, JsonNode expected, List<OfficialMention> actual) {
        Set<String> expectedNames = new HashSet<>();
        for (JsonNode official : expected) {
            String name = official.get("name").asString();
            expectedNames.add(name);
            OfficialMention found = actual.stream().filter(o -> o.name().equals(name)).findFirst().orElse(null);
            soft.assertThat(found).as("official " + name).isNotNull();
            if (found == null) {
                continue;
            }
            if (official.has("role")) {
                soft.assertThat(found.role()).as("role of " + name).isEqualToIgnoringCase(official.get("role").asString());
            }
            if (official.has("country")) {
                soft.assertThat(found.country()).as("country of " + name).isEqualTo(official.get("country").asString());
            }
            for (String mention : strings(official.get("mentions"))) {
                soft.assertThat(found.mentions()).as("mentions of " + name).contains(mention);
            }
        }
        soft.assertThat(actual.stream().map(OfficialMention::name).toList()).as("officials, nobody else")
                .containsExactlyInAnyOrderElementsOf(expectedNames);
    }

    private static void checkQuotes(SoftAssertions soft, JsonNode expected, List<Quote> actual) {
        for (JsonNode quote : expected == null ? List.<JsonNode>of() : toList(expected)) {
            String speaker = quote.get("speaker").asString();
            String snippet = quote.get("textContains").asString();
            soft.assertThat(actual).as("quote by " + speaker + ": " + snippet)
                    .anyMatch(q -> q.speaker().equals(speaker) && q.text().contains(snippet));
        }
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    private static List<String> strings(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isString()) {
            return List.of(node.asString());
        }
        return toList(node).stream().map(JsonNode::asString).toList();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
