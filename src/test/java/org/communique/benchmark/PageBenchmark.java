package org.communique.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.HdrHistogram.Histogram;
import org.communique.CommuniqueApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * How fast the pages answer with 10,000 statements in the archive: the application on a fresh H2 file
 * database, filled with {@link SyntheticArchive}, asked for each page many times over HTTP by one client
 * after a warm-up; prints the median and the 99th percentile per page. Not a unit test: run it with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.communique.benchmark.PageBenchmark}
 * (optional {@code -Dbenchmark.statements=N}).
 */
public final class PageBenchmark {

    private static final int WARM_UP = Integer.getInteger("benchmark.warmup", 300);
    private static final int TIMED = Integer.getInteger("benchmark.requests", 1000);

    private PageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int statements = Integer.getInteger("benchmark.statements", 10_000);
        Path data = Path.of("target/benchmark-pages");
        FileSystemUtils.deleteRecursively(data);
        List<String> arguments = new java.util.ArrayList<>(List.of("--server.port=0", "--archive.data-dir=" + data,
                "--archive.import-on-start=false", "--archive.warm-up=false", "--archive.admin.password=benchmark-only", "--logging.level.root=WARN"));
        arguments.addAll(List.of(args));
        ConfigurableApplicationContext app = SpringApplication.run(CommuniqueApplication.class, arguments.toArray(String[]::new));
        try {
            long started = System.nanoTime();
            new SyntheticArchive(app.getBean(DataSource.class)).fill(400, statements);
            System.out.printf("Filled the archive with %,d statements in %.1f s%n", statements,
                    (System.nanoTime() - started) / 1e9);
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
            Map<String, String> pages = pages(jdbc);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            System.out.printf("%nPage (%s statements)                                p50 ms    p99 ms    max ms%n", statements);
            for (Map.Entry<String, String> page : pages.entrySet()) {
                Histogram histogram = measure(http, "http://localhost:" + port + page.getValue());
                System.out.printf("%-52s %8.1f  %8.1f  %8.1f%n", page.getKey(), histogram.getValueAtPercentile(50) / 1000.0,
                        histogram.getValueAtPercentile(99) / 1000.0, histogram.getMaxValue() / 1000.0);
            }
        } finally {
            app.close();
        }
    }

    static Map<String, String> pages(JdbcTemplate jdbc) {
        Map<String, Object> busiest = jdbc.queryForMap("select o.slug, o.name from official o join appearance a"
                + " on a.official_id = o.id group by o.id, o.slug, o.name order by count(*) desc limit 1");
        Map<String, Object> typical = jdbc.queryForMap("select o.slug, o.name, count(*) c from official o join appearance a"
                + " on a.official_id = o.id group by o.id, o.slug, o.name order by count(*) desc limit 1 offset 100");
        long statementCount = jdbc.queryForObject("select count(*) from appearance a join official o on o.id = a.official_id"
                + " where o.slug = ?", Long.class, busiest.get("slug"));
        Map<String, Object> statement = jdbc.queryForMap("select id, slug from statement order by id limit 1 offset 5000");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("list /statements", "/statements");
        pages.put("list, page 40", "/statements?page=40");
        pages.put("filtered list (official + year + party)", "/statements?official="
                + ((String) typical.get("name")).replace(" ", "+") + "&from=2022&to=2022&party=US");
        pages.put("statement", "/statements/" + statement.get("id") + "-" + statement.get("slug"));
        pages.put("official, typical (" + typical.get("c") + " statements)", "/officials/" + typical.get("slug"));
        pages.put("official, busiest (" + statementCount + " statements)", "/officials/" + busiest.get("slug"));
        pages.put("officials index", "/officials");
        pages.put("timeline", "/timeline");
        pages.put("timeline, a year", "/timeline/2022");
        pages.put("timeline, a month", "/timeline/2022/03");
        pages.put("home", "/");
        return pages;
    }

    static Histogram measure(HttpClient http, String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build();
        for (int i = 0; i < WARM_UP; i++) {
            check(send(http, request), url);
        }
        Histogram histogram = new Histogram(60_000_000L, 3);
        for (int i = 0; i < TIMED; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = send(http, request);
            histogram.recordValue((System.nanoTime() - start) / 1000);
            check(response, url);
        }
        return histogram;
    }

    /** One request; once more on a fresh connection if the server had closed the kept-alive one. */
    private static HttpResponse<String> send(HttpClient http, HttpRequest request) throws Exception {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException closed) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private static void check(HttpResponse<String> response, String url) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
    }

}
