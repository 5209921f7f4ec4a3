package org.communique.web;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The archive's public address, for every absolute link it writes (sitemap, feeds, the API's {@code url}
 * fields, citations, redirects): {@code archive.base-url} when it is set, so that a forged {@code Host} header
 * cannot change them; otherwise the address of the request (as a trusted proxy forwards it, with
 * {@code server.forward-headers-strategy}), which is fine on a developer's machine and nowhere else.
 */
@Component
public final class PublicUrl {

    private static final Logger log = LoggerFactory.getLogger(PublicUrl.class);
    private static volatile URI configured;

    PublicUrl(@Value("${archive.base-url:}") String baseUrl) {
        configure(baseUrl);
        if (configured == null) {
            log.warn("archive.base-url is not set: absolute links follow each request's Host header. Set it to the"
                    + " archive's public address (https://archive.example.org) wherever the archive is public.");
        }
    }

    /** Sets the public address ({@code null} or blank: take it from each request). */
    static void configure(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            configured = null;
            return;
        }
        URI uri = URI.create(baseUrl.strip().replaceAll("/+$", ""));
        if (uri.getScheme() == null || uri.getHost() == null
                || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            throw new IllegalArgumentException("archive.base-url must be an http or https address such as"
                    + " https://archive.example.org, not '" + baseUrl + "'");
        }
        configured = uri;
    }

    /** The public address of the archive's root, to which a path is added. */
    public static UriComponentsBuilder root() {
        URI base = configured;
        return base != null ? UriComponentsBuilder.fromUri(base) : ServletUriComponentsBuilder.fromCurrentContextPath();
    }

    /** The public address of the archive's root, as text without a trailing slash. */
    public static String base() {
        return root().toUriString();
    }

    /** The public address of the current request (path and query) on the archive. */
    public static String current() {
        URI base = configured;
        if (base == null) {
            return ServletUriComponentsBuilder.fromCurrentRequest().toUriString();
        }
        var request = ServletUriComponentsBuilder.fromCurrentRequestUri().build();
        String query = ServletUriComponentsBuilder.fromCurrentRequest().build().getQuery();
        return UriComponentsBuilder.fromUri(base).path(request.getPath()).query(query).toUriString();
    }
}
