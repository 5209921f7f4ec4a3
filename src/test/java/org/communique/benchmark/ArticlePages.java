package org.communique.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public article-extraction benchmark's pages and ground truth, read from where the workplace keeps
 * them ({@code ../shared/benchmarks/article-extraction}, or {@code -Dbenchmark.articles=DIR}); never copied
 * into this repository.
 */
record ArticlePages(Path folder, List<Article> articles) {

    /** One page: its id, the HTML bytes, the gold article body and the page's original address. */
    record Article(String id, byte[] html, String gold, String url) {
    }

    static Path defaultFolder() {
        return Path.of(System.getProperty("benchmark.articles", "../shared/benchmarks/article-extraction"));
    }

    static boolean available() {
        return Files.isRegularFile(defaultFolder().resolve("ground-truth.json"));
    }

    static ArticlePages load() throws IOException {
        Path folder = defaultFolder();
        JsonNode truth = JsonMapper.builder().build().readTree(folder.resolve("ground-truth.json").toFile());
        Map<String, Article> byId = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : truth.properties()) {
            Path page = folder.resolve("html").resolve(entry.getKey() + ".html.gz");
            try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
                byId.put(entry.getKey(), new Article(entry.getKey(), in.readAllBytes(),
                        entry.getValue().get("articleBody").asString(), entry.getValue().get("url").asString()));
            }
        }
        return new ArticlePages(folder, new ArrayList<>(byId.values()));
    }
}
