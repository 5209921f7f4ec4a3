package org.communique.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** The page cache's capture buffers what a template writes, and loses, reorders or keeps nothing it should not. */
class CapturedPageTest {

    private final MockHttpServletResponse response = new MockHttpServletResponse();
    private final PublicPageCache.Captured captured = new PublicPageCache.Captured(response);

    CapturedPageTest() {
        captured.setCharacterEncoding("UTF-8");
    }

    @Test
    void smallAndLargeWritesComeOutWholeAndInOrder() throws Exception {
        StringBuilder expected = new StringBuilder();
        PrintWriter writer = captured.getWriter();
        for (int i = 0; i < 3_000; i++) {
            String piece = i % 500 == 0 ? "«" + "x".repeat(9_000) + "»" : "<li>بيان " + i + "</li>";
            writer.write(piece);
            expected.append(piece);
        }
        writer.print('!');
        expected.append('!');

        assertThat(new String(captured.getContentAsByteArray(), StandardCharsets.UTF_8)).isEqualTo(expected.toString());
        assertThat(captured.getContentSize()).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8).length);
        captured.copyBodyToResponse();
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }

    @Test
    void aResetDropsWhatWasStillBuffered() throws Exception {
        captured.getWriter().write("an error page half written");
        captured.resetBuffer();
        captured.getWriter().write("the page");

        captured.copyBodyToResponse();

        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("the page");
    }
}
