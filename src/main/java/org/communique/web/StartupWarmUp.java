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
import org.springframework.stereotype.Component;

/**
 * A node that has just started renders its first pages slowly: the first page of all took 2.3 s, and the first
 * search 1.5 s more, on the five seeds (template engine, search engine and their classes loaded and run for the
 * first time), and under load the first searches ran past the search time limit and were answered without their
 * counts. So once the archive is ready, it asks itself, over loopback and as an anonymous reader, for the pages
 * readers ask for most: the home page, the list, the timeline, the officials, the newest statement's page and
 * searches of words of its title. In the background: it delays neither the start nor anyone's request.
 * {@code archive.warm-up=false} turns it off; it is off where the server speaks TLS itself (a proxy in front
 * usually does).
 */
@Component
class StartupWarmUp {

    private static final Logger log = LoggerFactory.getLogger(StartupWarmUp.class);
    /** How many words of the newest title are searched for. */
    private static final int SEARCHES = 4;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final boolean enabled;

    StartupWarmUp(@Value("${archive.warm-up:true}") boolean enabled) {
        this.enabled = enabled;
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
        String base = "http://" + loopback(environment.getProperty("server.address")) + ":"
                + web.getWebServer().getPort() + environment.getProperty("server.servlet.context-path", "");
        Thread thread = new Thread(() -> {
            long started = System.nanoTime();
            List<String> answered = warmUp(base);
            log.info("Warmed up: {} public pages rendered in {} ms", answered.size(),
                    (System.nanoTime() - started) / 1_000_000);
        }, "warm-up");
        thread.setDaemon(true);
        thread.start();
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
