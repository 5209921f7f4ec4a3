package org.communique.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.communique.cluster.ArchiveVersion;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A node that has just started renders its first pages slowly: the first page of all took 2.3 s, and the first
 * search 1.5 s more, on the five seeds (template engine, search engine and their classes loaded and run for the
 * first time), and under load the first searches ran past the search time limit and were answered without their
 * counts. So once the archive is ready, it asks itself, over loopback and as an anonymous reader, for the pages
 * readers ask for most: the home page, the list, the timeline, the officials, the newest statement's page and
 * searches of words of its title. In the background: it delays neither the start nor anyone's request.
 * <p>
 * It does it again after the archive changes, once the changes have stopped for a few seconds: what a node keeps
 * for its readers (rendered pages, the calendar, the counts of a list) is kept per version of the archive, and at
 * a million statements the first reader of the timeline after an import waited 2 to 3 s for the calendar to be
 * counted again. Each node does it for itself, as each keeps its own.
 * <p>
 * {@code archive.warm-up=false} turns both off ({@code archive.warm-up.after-changes=false} the second alone); it is
 * off where the server speaks TLS itself (a proxy in front usually does).
 */
@Component
class StartupWarmUp {

    private static final Logger log = LoggerFactory.getLogger(StartupWarmUp.class);
    /** How many words of the newest title are searched for. */
    private static final int SEARCHES = 4;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final boolean enabled;
    private final boolean afterChanges;
    private final ArchiveVersion archive;
    /** Whether a warm-up is under way: one at a time, and never on the scheduler's thread, which others share. */
    private final AtomicBoolean warming = new AtomicBoolean();
    /** The address the node answers at, once it is ready and warms up at all. */
    private volatile String base;
    /** The version last warmed up for, and the version seen at the last look. */
    private volatile long warmed = -1;
    private long seen = -1;

    StartupWarmUp(@Value("${archive.warm-up:true}") boolean enabled,
                  @Value("${archive.warm-up.after-changes:true}") boolean afterChanges, ArchiveVersion archive) {
        this.enabled = enabled;
        this.afterChanges = afterChanges;
        this.archive = archive;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!enabled || !(event.getApplicationContext() instanceof WebServerApplicationContext web)
                || web.getWebServer() == null || web.getWebServer().getPort() <= 0) {
            return;
        }
        Environment environment = event.getApplicationContext().getEnvironment();
        if (environment.getProperty("server.ssl.enabled", Boolean.class, false)
                || environment.getProperty("server.ssl.bundle") != null) {
            return;
        }
        warmUpAt("http://" + loopback(environment.getProperty("server.address")) + ":"
                + web.getWebServer().getPort() + environment.getProperty("server.servlet.context-path", ""));
    }

    /** Warms up the node at {@code base} now, in the background, and again after changes from then on. */
    void warmUpAt(String base) {
        this.base = base;
        warmInTheBackground("Warmed up");
    }

    /**
     * Looks at the archive's version every few seconds and warms up again once a new version has stayed from one
     * look to the next: an import commits a batch every moment, and warming up between two batches is wasted.
     */
    @Scheduled(initialDelay = 5_000, fixedDelay = 5_000)
    void afterChanges() {
        if (!afterChanges || base == null) {
            return;
        }
        long version = archive.current();
        boolean settled = version == seen;
        seen = version;
        if (settled && version != warmed) {
            warmInTheBackground("Warmed up again after changes");
        }
    }

    private void warmInTheBackground(String done) {
        if (!warming.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                long version = archive.current();
                long started = System.nanoTime();
                List<String> answered = warmUp(base);
                warmed = version;
                log.info("{}: {} public pages rendered in {} ms", done, answered.size(),
                        (System.nanoTime() - started) / 1_000_000);
            } finally {
                warming.set(false);
            }
        }, "warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** The version the pages were last warmed up for (-1 before the first warm-up ends). */
    long warmedFor() {
        return warmed;
    }

    /** The address the server listens on, as a URL's host: loopback when it listens on every address. */
    private static String loopback(String address) {
        if (address == null || address.isBlank() || address.equals("0.0.0.0") || address.equals("::")) {
            return "127.0.0.1";
        }
        return address.contains(":") ? "[" + address + "]" : address;
    }

    /**
     * Asks for the most read public pages under {@code base}, one after the other; the addresses answered 200.
     * A page that fails is passed over: this is never an error.
     */
    List<String> warmUp(String base) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(PATIENCE).build();
        List<String> answered = new ArrayList<>();
        for (String path : List.of("/", "/timeline", "/officials")) {
            get(http, base, path, answered);
        }
        Document list = get(http, base, "/statements", answered);
        Element newest = list == null ? null : list.selectFirst("main a[href~=/statements/\\d+-]");
        if (newest == null) {
            return answered; // an empty archive
        }
        Document statement = get(http, base, URI.create(newest.attr("href")).getRawPath()
                .substring(URI.create(base).getRawPath().length()), answered);
        Element title = statement == null ? null : statement.selectFirst("h1");
        for (String word : searchWords(title == null ? "" : title.text())) {
            get(http, base, "/statements?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8), answered);
        }
        return answered;
    }

    /** The first few distinct words of five letters or more of a title, lower-cased. */
    static Set<String> searchWords(String title) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : title.split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 5 && words.size() < SEARCHES) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    private static Document get(HttpClient http, String base, String path, List<String> answered) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(PATIENCE)
                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                log.debug("Warm-up: {} answered {}", path, response.statusCode());
                return null;
            }
            answered.add(path);
            return Jsoup.parse(response.body(), base + path);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception e) { // a node that stops while warming up, a page that fails: never worth more than a line
            log.debug("Warm-up: {} failed: {}", path, e.toString());
            return null;
        }
    }
}
