package org.communique.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The labelled development pages (text renderings of real statement pages) and their hand labels, read
 * from where the workplace keeps them ({@code ../shared/dev-pages}, or {@code -Dbenchmark.devPages=DIR});
 * never copied into this repository.
 */
record DevPages(Path folder, List<Labelled> pages) {

    /** One page: its id, the text's bytes and its labels, each list-valued field holding every accepted form. */
    record Labelled(String id, byte[] text, List<String> titles, List<String> dates, List<String> types,
            List<String> parties, List<String> officials, String bodyFirst, List<String> chromeLines,
            List<String> forbiddenOfficials) {

        boolean untitled() {
            return titles.isEmpty();
        }

        boolean undated() {
            return dates.isEmpty();
        }
    }

    static Path defaultFolder() {
        return Path.of(System.getProperty("benchmark.devPages", "../shared/dev-pages"));
    }

    static boolean available() {
        return Files.isRegularFile(defaultFolder().resolve("labels.jsonl"));
    }

    static DevPages load() throws IOException {
        Path folder = defaultFolder();
        JsonMapper json = JsonMapper.builder().build();
        List<Labelled> pages = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(folder.resolve("labels.jsonl"), StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                String id = row.get("id").asString();
                JsonNode labels = row.get("labels");
                List<String> officials = new ArrayList<>();
                for (JsonNode official : labels.path("officials")) {
                    officials.add(official.get("name").asString());
                }
                pages.add(new Labelled(id, Files.readAllBytes(folder.resolve("pages").resolve(id + ".txt")),
                        strings(labels.get("title")), strings(labels.get("date")), strings(labels.get("type")),
                        strings(labels.get("parties")), officials, labels.path("body_first").asString(""),
                        strings(labels.get("chrome_lines")), strings(labels.get("forbidden_officials"))));
            }
        }
        return new DevPages(folder, pages);
    }

    /** A label that is a string, a list of strings, or null (an empty list). */
    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (node.isArray()) {
            node.forEach(value -> values.add(value.asString()));
        } else {
            values.add(node.asString());
        }
        return values;
    }
}
