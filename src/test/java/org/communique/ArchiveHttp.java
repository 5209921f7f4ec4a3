package org.communique;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Requests to the test archive on its port, as a reader's HTTP client sends them: no cookies, redirects not
 * followed. (Signed-in requests with CSRF tokens: {@code AdminClient}.)
 */
public final class ArchiveHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final int port;

    public ArchiveHttp(int port) {
        this.port = port;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)));
    }

    public HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept));
    }

    /** A GET that must answer 200 OK. */
    public HttpResponse<String> ok(String path, String accept) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path, accept);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response;
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
