package org.communique.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP client of the test archive: keeps cookies, signs in, reads CSRF tokens from the forms. */
final class AdminClient {

    static final String PASSWORD = "test-admin-password";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    AdminClient(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The session cookie's value, to hand the signed-in session to a browser. */
    String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
                .map(java.net.HttpCookie::getValue).findFirst().orElseThrow();
    }

    /** An anonymous client; sign in with {@link #signIn}. */
    static AdminClient anonymous(int port) {
        return new AdminClient(port);
    }

    static AdminClient signedIn(int port) throws Exception {
        AdminClient client = new AdminClient(port);
        HttpResponse<String> response = client.signIn("admin", PASSWORD);
        if (!response.headers().firstValue("Location").orElse("").endsWith("/admin")) {
            throw new IllegalStateException("could not sign in: " + response.statusCode() + " "
                    + response.headers().firstValue("Location").orElse(""));
        }
        return client;
    }

    HttpResponse<String> signIn(String username, String password) throws Exception {
        return post("/login", Map.of("username", username, "password", password, "_csrf", token("/login")));
    }

    /** The CSRF token of a page's forms. */
    String token(String page) throws Exception {
        Matcher m = CSRF.matcher(get(page).body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on " + page);
        }
        return m.group(1);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, "text/html");
    }

    HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart POST of files (name → bytes) under one field, with the CSRF token in the query. */
    HttpResponse<String> upload(String path, String field, Map<String, byte[]> files, String csrf)
            throws IOException, InterruptedException {
        String boundary = "----communique" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                    + file.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.getValue());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String query = csrf == null ? "" : (path.contains("?") ? "&" : "?") + "_csrf=" + encode(csrf);
        return http.send(HttpRequest.newBuilder(uri(path + query))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    static Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
