package org.communique.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.communique.ArchiveTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Behind a TLS proxy, configured as the README says ({@code server.forward-headers-strategy=native}): a request
 * the proxy marks {@code X-Forwarded-Proto: https} gets a {@code Secure} session cookie and HSTS; one it marks
 * as plain HTTP gets neither. (That the headers are not believed without the setting is shown by
 * {@code AdminSecurityTest}.)
 */
@ArchiveTest
@TestPropertySource(properties = "server.forward-headers-strategy=native")
class BehindTlsProxyTest {

    @LocalServerPort
    int port;

    @Test
    void aRequestTheProxyForwardsAsHttpsGetsASecureSessionCookieAndHsts() throws Exception {
        HttpResponse<String> https = signInPage("https");
        assertThat(https.statusCode()).isEqualTo(200);
        assertThat(https.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age="));
        assertThat(sessionCookie(https)).contains("Secure").contains("HttpOnly");

        HttpResponse<String> http = signInPage("http");
        assertThat(http.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(sessionCookie(http)).doesNotContain("Secure");
    }

    private HttpResponse<String> signInPage(String scheme) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("X-Forwarded-Proto", scheme).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    static String sessionCookie(HttpResponse<String> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith("SESSION=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }
}
