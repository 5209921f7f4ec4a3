package org.communique.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.junit.jupiter.api.Test;

class MarkedPassagesTest {

    private static final Safelist MARKS_ONLY = Safelist.none().addTags("mark");

    private static String jsoup(String passage) {
        return Jsoup.clean(passage.strip(), MARKS_ONLY);
    }

    @Test
    void plainPassagesAreWrittenAsJsoupWritesThem() {
        String[] passages = {
            "the ministers discussed <mark>water</mark> sharing",
            "<mark>Peshmerga</mark> units &amp; the &quot;joint&quot; staff&#x27;s plan &#x2F; 2021 &lt;draft&gt;",
            "<mark>security cooperation</mark>",
            "a <mark>b</mark> <mark>c</mark>, d",
            "وزير <mark>الخارجية</mark> العراقي",
            "café – “quoted” — naïve",
            "the end of one paragraph.\n\nThe <mark>next</mark>  one\tand\r\nthe last",
        };
        for (String passage : passages) {
            assertThat(MarkedPassages.plain(passage)).as(passage).isNotNull().isEqualTo(jsoup(passage));
            assertThat(MarkedPassages.clean(passage)).isEqualTo(jsoup(passage));
        }
    }

    @Test
    void whatIsNotPlainGoesThroughJsoup() {
        String[] passages = {
            "<script>alert(1)</script> the <mark>talks</mark>",
            "<b>bold</b> <mark>x</mark>",
            "<mark><mark>nested</mark></mark>",
            "<mark>unclosed",
            "<mark> edge</mark>",
            "<mark>edge\n</mark>",
            "<mark></mark>",
            "&nbsp;entity &copy; <mark>x</mark>",
            "non\u00a0breaking <mark>x</mark>",
            "raw > sign <mark>x</mark>",
            "<MARK>upper</MARK>",
            "<mark onclick=\"x()\">attr</mark>",
        };
        for (String passage : passages) {
            assertThat(MarkedPassages.plain(passage)).as(passage).isNull();
            assertThat(MarkedPassages.clean(passage)).as(passage).isEqualTo(jsoup(passage));
        }
        assertThat(MarkedPassages.clean("<script>alert(1)</script> the <mark>talks</mark>"))
                .doesNotContain("<script").contains("<mark>talks</mark>");
    }

    @Test
    void randomPassagesCleanAsJsoupCleansThem() {
        String[] pieces = {"a", "b", "word", " ", "  ", "<mark>", "</mark>", "&amp;", "&lt;", "&gt;", "&quot;",
            "&#x27;", "&#x2F;", "&", ";", "<", ">", "\"", "'", "/", "\n", "\t", "\u00a0", "é", "ش", "“", "—", "\u200b",
            "\uD83D\uDE00", "<b>", "</b>", "&nbsp;", "&#39;", "=", ".", ",", "\u0000", "\u0085", "\u2028"};
        Random random = new Random(20261206);
        int plain = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder passage = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int k = 0; k < length; k++) {
                passage.append(pieces[random.nextInt(pieces.length)]);
            }
            String p = passage.toString();
            String fast = MarkedPassages.plain(p.strip());
            if (fast != null) {
                plain++;
                assertThat(fast).as(p).isEqualTo(jsoup(p));
            }
            assertThat(MarkedPassages.clean(p)).as(p).isEqualTo(jsoup(p));
        }
        assertThat(plain).as("random passages that took the plain path").isGreaterThan(10_000);
    }
}
