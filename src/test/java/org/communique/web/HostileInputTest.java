package org.communique.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.communique.ArchiveHttp;
import org.communique.ArchiveTest;
import org.communique.SeedArchive;
import org.communique.importer.Importer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every public route, sent a corpus of hostile values in each of its parameters and path segments (control
 * characters, huge numbers, long strings, the search engine's syntax, odd encodings): no answer is a 5xx and
 * none takes longer than a second (a slow answer is tried once more before it counts, so that a pause of the
 * collector on a busy machine does not fail the build).
 */
@ArchiveTest
class HostileInputTest {

    static final List<String> HOSTILE = List.of(
            "\u0000", "\u0001", "\u0008", "a\u0000b", "\uFFFE", "\uFFFF", "\u001B[31m", "\r\nX-Injected: 1",
            "2147483647", "-2147483648", "2147483648", "99999999999999999999", "-1", "0", "1e9", "NaN", "0x10",
            "a~", "ab~2", "a~~", "~", "~1", "\"a\"~5", "a~0.5", "*", "a*", "?", "a?c", "(a", "a)", "()", "+", "-", "+-a",
            "|", "||", "&&", "\\", "a\\", "\"", "\"\"", "-\"\"", "\"unclosed", "a^2", "title:x", "body:*", "[a TO b]",
            "{a TO b}", "/a.*b/", "AND", "OR", "NOT", "a OR", "OR a", "NOT NOT", "- - -", "~~~~", "!", "@", "#", "$",
            "%", "%00", "%zz", "%%", "é", "ق", "\uD83D\uDE00", "../../etc/passwd", "..\\..\\x", "<script>alert(1)</script>",
            "' OR 1=1--", "${7*7}", "{{7*7}}", " ", "x".repeat(5000), "word ".repeat(600),
            "Peshmarga ".repeat(410), "a~ ".repeat(300), "\"a b\" ".repeat(200), "US-IQ-ZZ", "ZZ", "1-2-3-4-5-6-7-8",
            "2021-13", "2021-02-30", "0000", "99999", "-2021", "2021-07-26T00:00");

    /** The public routes that take query parameters, with the parameters each reads. */
    static final Map<String, List<String>> PARAMETERS = Map.of(
            "/statements", List.of("q", "date", "from", "to", "official", "party", "type", "publisher", "sort", "page"),
            "/api/statements", List.of("q", "date", "from", "to", "official", "party", "type", "publisher", "sort",
                    "page", "size"),
            "/api/timeline", List.of("q", "from", "to", "official", "party", "type"),
            "/feeds/statements.atom", List.of("q", "from", "to", "official", "party", "type", "publisher"),
            "/timeline", List.of("q", "official", "party"),
            "/officials", List.of("q", "page"),
            "/", List.of("q"));

    /** The public routes with a path segment, {@code {}} where the hostile value goes. */
    static final List<String> PATHS = List.of(
            "/statements/{}", "/statements/{}/source", "/statements/{}/citation.bib", "/statements/{}/citation.json",
            "/officials/{}", "/api/officials/{}", "/api/statements/{}", "/timeline/{}", "/timeline/2021/{}",
            "/parties/{}", "/feeds/officials/{}.atom", "/feeds/parties/{}.atom", "/sitemaps/{}.xml", "/api/{}");

    private static final long SLOW_MILLIS = 1000;

    @LocalServerPort
    int port;

    @Autowired
    Importer importer;

    @BeforeEach
    void seeds() {
        SeedArchive.load(importer);
    }

    @Test
    void noParameterValueGetsA5xxOrASlowAnswer() throws Exception {
        ArchiveHttp http = new ArchiveHttp(port);
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, List<String>> route : PARAMETERS.entrySet()) {
            for (String parameter : route.getValue()) {
                for (String value : HOSTILE) {
                    check(http, route.getKey() + "?" + parameter + "=" + encode(value), failures);
                }
            }
        }
        assertThat(failures).as("requests answered with a 5xx or slower than %d ms", SLOW_MILLIS).isEmpty();
    }

    @Test
    void noPathSegmentGetsA5xxOrASlowAnswer() throws Exception {
        ArchiveHttp http = new ArchiveHttp(port);
        List<String> failures = new ArrayList<>();
        for (String path : PATHS) {
            for (String value : HOSTILE) {
                String segment = encode(value).replace("+", "%20");
                if (segment.isEmpty()) {
                    continue;
                }
                check(http, path.replace("{}", segment), failures);
            }
        }
        assertThat(failures).as("requests answered with a 5xx or slower than %d ms", SLOW_MILLIS).isEmpty();
    }

    private static void check(ArchiveHttp http, String path, List<String> failures) throws InterruptedException {
        Answer answer = send(http, path);
        if (answer.millis > SLOW_MILLIS && answer.status < 500) {
            answer = send(http, path); // once more: a pause of the machine, or the request itself?
        }
        if (answer.status >= 500 || answer.millis > SLOW_MILLIS) {
            failures.add(answer.status + " in " + answer.millis + " ms: " + abbreviate(path));
        }
    }

    private static Answer send(ArchiveHttp http, String path) throws InterruptedException {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = http.get(path);
            return new Answer(response.statusCode(), (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            return new Answer(599, (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String path) {
        return path.length() > 160 ? path.substring(0, 157) + "..." : path;
    }

    private record Answer(int status, long millis) {
    }
}
