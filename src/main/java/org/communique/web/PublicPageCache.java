package org.communique.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.communique.cluster.ArchiveVersion;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Public pages at the pace of the network. A reader who is not signed in gets every public read with the
 * archive's version as its validator ({@code ETag}, and {@code Last-Modified} from when that version came
 * about, for caches that only revalidate by date) and a {@code Cache-Control} that lets
 * browsers and shared caches keep it for {@link #MAX_AGE} and then revalidate: an unchanged archive answers
 * 304 without rendering anything. Pages rendered for readers are kept in memory under the archive's version
 * (read from the database, so several instances agree), so that the next reader of the same address gets the
 * same bytes without a query. Readers who ask for the same page at the same time while it is not kept yet
 * wait for the one rendering it (one render, not one each: 64 readers of a new search cost one search); a page
 * {@link NotToBeKept} is answered to them too but not kept for the readers after them; when that render fails (an
 * error, a redirect) or takes longer than {@link #PATIENCE}, each renders its own.
 * Signed-in administrators are never cached for nor served from the cache.
 */
@Component
class PublicPageCache extends OncePerRequestFilter {

    /** How long a browser or a shared cache may show a public page before it asks whether it changed. */
    static final Duration MAX_AGE = Duration.ofSeconds(60);
    /** The most a rendered page may weigh to be kept, and the most all kept pages may weigh. */
    private static final int LARGEST_PAGE = 512 * 1024;
    private static final long ALL_PAGES = 64L * 1024 * 1024;
    /** How long a reader waits for another request's render of the same page before rendering it too. */
    static final Duration PATIENCE = Duration.ofSeconds(10);
    /** Where public reads live; exports are streamed and too large to keep, the admin is never public. */
    private static final Set<String> PUBLIC = Set.of("", "statements", "timeline", "officials", "parties", "feeds",
            "sitemap.xml", "api");

    private final ObjectProvider<ArchiveVersion> archive;
    /** Kept pages, and pages being rendered (a future not yet done; one that ends without a page is dropped). */
    private final AsyncCache<Key, Page> pages = Caffeine.newBuilder().maximumWeight(ALL_PAGES)
            .weigher((Key key, Page page) -> page.body().length + key.address().length() * 2 + 64).buildAsync();

    PublicPageCache(ObjectProvider<ArchiveVersion> archive) { // absent in controller slices: no caching there
        this.archive = archive;
    }

    private record Key(long version, String address, String accept) {
    }

    private record Page(String contentType, byte[] body) {
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        int slash = path.indexOf('/', 1);
        String first = path.isEmpty() ? "" : path.substring(1, slash < 0 ? path.length() : slash);
        return !PUBLIC.contains(first) || path.startsWith("/api/docs");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ArchiveVersion archive = this.archive.getIfAvailable();
        if (archive == null || !Viewer.anonymous()) {
            chain.doFilter(request, response);
            return;
        }
        long version = archive.current();
        String etag = "W/\"" + version + "\"";
        ServletWebRequest web = new ServletWebRequest(request, response);
        if (web.checkNotModified(etag, archive.changedAt(version))) {
            response.setHeader("Cache-Control", cacheControl());
            return; // 304, with the validators
        }
        response.setHeader("Cache-Control", cacheControl());
        String query = request.getQueryString();
        Key key = new Key(version, request.getRequestURI() + (query == null ? "" : "?" + query),
                String.valueOf(request.getHeader("Accept")));
        if (!"GET".equals(request.getMethod())) { // HEAD: a kept page's headers, else rendered without keeping
            CompletableFuture<Page> kept = pages.getIfPresent(key);
            Page page = kept != null && kept.isDone() ? kept.getNow(null) : null;
            if (page != null) {
                send(page, response, false);
            } else {
                renderUnkept(request, response, chain);
            }
            return;
        }
        CompletableFuture<Page> rendering = new CompletableFuture<>();
        CompletableFuture<Page> found = pages.get(key, (k, executor) -> rendering);
        if (found != rendering) { // kept, or being rendered by another request
            Page page = await(found);
            if (page != null) {
                send(page, response, true);
            } else {
                renderUnkept(request, response, chain);
            }
            return;
        }
        Page page = null;
        try {
            Captured captured = new Captured(response);
            chain.doFilter(request, captured);
            if (captured.getStatus() == HttpServletResponse.SC_OK && captured.getContentSize() <= LARGEST_PAGE
                    && captured.getContentType() != null && request.getSession(false) == null) {
                page = new Page(captured.getContentType(), captured.getContentAsByteArray());
                if (request.getAttribute(NotToBeKept.ATTRIBUTE) != null || archive.current() != version) {
                    // answered to those who asked at the same moment, but not kept for later readers: a search cut
                    // short by its time limit is not searched again by each reader waiting for it
                    pages.asMap().remove(key, rendering);
                }
            }
            captured.copyBodyToResponse();
        } finally {
            rendering.complete(page); // no page (failed, an error, a redirect): dropped, and those waiting render their own
        }
    }

    /** Rendered for this request alone, with its length, as a kept page is sent. */
    private static void renderUnkept(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Captured captured = new Captured(response);
        chain.doFilter(request, captured);
        captured.copyBodyToResponse();
    }

    /** The page another request is rendering, once it is done; nothing if it is not kept or takes too long. */
    private static Page await(CompletableFuture<Page> rendering) {
        try {
            return rendering.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    private static void send(Page page, HttpServletResponse response, boolean body) throws IOException {
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        if (body) {
            response.getOutputStream().write(page.body());
        }
    }

    /**
     * The page as {@link ContentCachingResponseWrapper} captures it, through a buffered writer: Spring's writer
     * encodes and flushes after every write, and a template writes a page in thousands of small pieces (a twentieth
     * of a search page's time went there). What is buffered goes on before the content is read or sent, and is
     * dropped with it when the response is reset.
     */
    static final class Captured extends ContentCachingResponseWrapper {

        private final char[] buffer = new char[8192];
        private int buffered;
        private PrintWriter target;
        private PrintWriter writer;

        Captured(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                target = super.getWriter();
                writer = new PrintWriter(new Writer() {
                    @Override
                    public void write(char[] chars, int offset, int length) {
                        if (length > buffer.length - buffered) {
                            drain();
                            if (length >= buffer.length) {
                                target.write(chars, offset, length);
                                return;
                            }
                        }
                        System.arraycopy(chars, offset, buffer, buffered, length);
                        buffered += length;
                    }

                    @Override
                    public void flush() {
                        drain();
                        target.flush();
                    }

                    @Override
                    public void close() {
                        flush();
                    }
                });
            }
            return writer;
        }

        private void drain() {
            if (buffered > 0) {
                target.write(buffer, 0, buffered);
                buffered = 0;
            }
        }

        @Override
        public void flushBuffer() throws IOException {
            drain();
            super.flushBuffer();
        }

        @Override
        public byte[] getContentAsByteArray() {
            drain();
            return super.getContentAsByteArray();
        }

        @Override
        public InputStream getContentInputStream() {
            drain();
            return super.getContentInputStream();
        }

        @Override
        public int getContentSize() {
            drain();
            return super.getContentSize();
        }

        @Override
        protected void copyBodyToResponse(boolean complete) throws IOException {
            drain();
            super.copyBodyToResponse(complete);
        }

        @Override
        public void resetBuffer() {
            buffered = 0;
            super.resetBuffer();
        }

        @Override
        public void reset() {
            buffered = 0;
            super.reset();
        }
    }

    private static String cacheControl() {
        return "public, max-age=" + MAX_AGE.toSeconds();
    }
}
