package org.communique.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.communique.ArchiveTest;
import org.communique.SeedArchive;
import org.communique.importer.Importer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With {@code archive.base-url} set, no absolute link follows a forged Host header. */
@ArchiveTest
class PublicUrlTest {

    @LocalServerPort
    int port;

    @Autowired
    Importer importer;

    @BeforeEach
    void configured() {
        SeedArchive.load(importer);
        PublicUrl.configure("https://archive.example/");
    }

    @AfterEach
    void fromTheRequestAgain() {
        PublicUrl.configure(null);
    }

    @Test
    void sitemapFeedsApiAndCitationsUseTheConfiguredAddressWhateverTheHost() throws Exception {
        for (String path : new String[] {"/sitemap.xml", "/feeds/statements.atom", "/feeds/parties/US-IQ.atom",
                "/api/statements", "/export/statements.csv"}) {
            String answer = get(path, "evil.example");
            assertThat(answer).as(path).startsWith("HTTP/1.1 200").doesNotContain("evil.example")
                    .contains("https://archive.example/");
        }
        assertThat(get("/feeds/statements.atom?q=Peshmerga", "evil.example"))
                .contains("https://archive.example/feeds/statements.atom?q=Peshmerga");
    }

    @Test
    void anAddressThatIsNotHttpIsRefused() {
        assertThatThrownBy(() -> PublicUrl.configure("javascript:alert(1)")).hasMessageContaining("archive.base-url");
        assertThatThrownBy(() -> PublicUrl.configure("archive.example")).hasMessageContaining("archive.base-url");
    }

    private String get(String path, String host) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
