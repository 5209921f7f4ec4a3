package org.communique.importer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.Test;

/**
 * What the extractor keeps as a page's body: pages in the layouts that used to lose part of the article or keep
 * chrome (scripts without spaces, tables and boxes inside the article, columns, repeated paragraphs). The
 * pages are under {@code src/test/resources/body/}, written for these tests.
 */
class BodyExtractionTest {

    private static final StatementExtractor EXTRACTOR = StatementExtractor.withBundledRegistry();

    @Test
    void keepsAShortChineseArticleWhole() {
        String body = body("chinese-news-portal.html");
        assertThat(body).startsWith("本报北京3月4日电")
                .contains("推动务实合作不断取得新成果。")
                .contains("共同维护地区和平稳定。")
                .endsWith("并会见了记者。")
                .doesNotContain("春季农业生产全面展开")
                .doesNotContain("版权所有");
    }

    @Test
    void keepsAShortJapaneseArticleWhole() {
        String body = body("japanese-ministry-page.html");
        assertThat(body).startsWith("本日、外務大臣は")
                .contains("両国の連携を一層強化したいと述べました。")
                .endsWith("緊密に意思疎通を行っていくことで一致しました。")
                .doesNotContain("プライバシーポリシー")
                .doesNotContain("外交政策");
    }

    @Test
    void keepsATableOfFiguresInsideTheArticleAsRows() {
        String body = body("news-article-with-table-and-read-more.html");
        assertThat(body).contains("Year | Exports | Imports\n\n2021 | 410 | 655\n\n2022 | 530 | 610\n\n2023 | 720 | 590")
                .contains("show how the balance has shifted over the past three years:\n\nYear")
                .endsWith("The two sides will meet again in October to review progress, the joint statement said.")
                .doesNotContain("Pipeline talks stall over pricing")
                .doesNotContain("Oil prices slip");
    }

    @Test
    void dropsALinkBoxInsideAnHtmlArticleWithoutEndingIt() {
        String body = body("embassy-news-with-related-box-mid-article.html");
        assertThat(body).startsWith("BASRA — The ambassador on Sunday opened")
                .contains("trained to operate and repair the pumps")
                .endsWith("buy water from tankers during the summer months.")
                .doesNotContain("Read more")
                .doesNotContain("Date palm project reaches ten thousand farmers")
                .doesNotContain("Privacy");
    }

    @Test
    void dropsAReadMoreListInsideATextArticleWithoutEndingIt() {
        String body = body("wire-story-with-read-more-mid-article.txt");
        assertThat(body).startsWith("KUWAIT CITY, Oct 3 — Energy ministers")
                .contains("at a price set by the regional grid authority.\n\nThe ministers said work on the line")
                .endsWith("which is expected to discuss it next week.")
                .doesNotContain("Basra protests over power cuts")
                .doesNotContain("Related Stories")
                .doesNotContain("Oil exports from the south");
    }

    @Test
    void keepsEveryColumnOfAStorySetInColumns() {
        String body = body("ministry-story-in-three-columns.html");
        assertThat(body).startsWith("The foreign ministers of the two countries met in Amman today")
                .contains("how far the border agreement signed last year has been carried out.\n\nThe ministers welcomed")
                .contains("a common list of those who wish to go home.\n\nOn regional questions")
                .endsWith("agreed to meet again in Baghdad in the autumn.");
    }

    @Test
    void keepsALeadAndItsContinuationAroundAnAdvert() {
        String body = body("news-story-lead-and-continuation.html");
        assertThat(body).startsWith("The President received the credentials of the new ambassador")
                .contains("bring the two countries closer.\n\nDuring the meeting")
                .endsWith("the head of the President's office.")
                .doesNotContain("Advertisement")
                .doesNotContain("Cabinet approves the budget");
    }

    @Test
    void keepsTheLeadThatSitsInTheHeadlineRow() {
        String body = body("government-news-lead-in-the-headline-row.html");
        assertThat(body).startsWith("The prime minister visited the flooded districts of the province on Saturday")
                .contains("housed before the winter.\n\nHe toured two camps")
                .endsWith("schools in the province would reopen next week.")
                .doesNotContain("31°C")
                .doesNotContain("Cabinet meets in Basra");
    }

    @Test
    void keepsTheStoryCarriedOnInTheRowBelowAnAdvert() {
        String body = body("newspaper-story-continued-below-an-advert.html");
        assertThat(body).startsWith("The special envoy travelled to Ramadi on Wednesday")
                .contains("the payment of compensation.\n\nHe also met the commander of the local police")
                .endsWith("before returning to Baghdad.")
                .doesNotContain("Advertise with us")
                .doesNotContain("Flood warning for the north");
    }

    @Test
    void keepsARefrainAndASignOffThatTheTextRepeats() {
        String body = body("joint-press-remarks-with-refrain.txt");
        String refrain = "We will keep working together for as long as our peoples ask us to, and we will not give up.";
        String signOff = "Thank you very much, and may the friendship between our two peoples keep growing.";
        assertThat(body).contains("our interests point the same way.\n\n" + refrain + "\n\n" + signOff
                        + "\n\nSECRETARY OF STATE:")
                .contains("My answer is simple. " + refrain + "\n\n" + signOff + "\n\nMODERATOR:");
    }

    @Test
    void dropsAQuoteCardAndASummaryThatRepeatTheArticle() {
        String body = body("news-article-with-quote-card-and-summary.html");
        String quote = "The railway will carry our people and our goods again, and with them the friendship of our two nations.";
        assertThat(body).startsWith("The two leaders agreed in Ankara on Friday to reopen the railway line that links"
                        + " their countries' northern cities, closed to passengers since 2014, and asked")
                .doesNotContain("Office of the President, 12 May 2023")
                .contains("the president's office said: \"" + quote + "\"")
                .contains("survey the line this summer. " + quote)
                .endsWith("once the stations have been repaired.");
        assertThat(body.split("The two leaders agreed in Ankara", -1)).hasSize(2);
        assertThat(body.split("The railway will carry our people", -1)).hasSize(3);
    }

    @Test
    void keepsOnlyTheFirstPostOfABlogFrontPage() {
        String body = body("blog-front-page-first-post.txt");
        assertThat(body).startsWith("On the second day of the regional water forum")
                .contains("report to them before the end of the year.")
                .doesNotContain("A New Exhibit of Textiles Opens in the Capital")
                .doesNotContain("woven textiles")
                .doesNotContain("How Can Cities Prepare for Hotter Summers?");
    }

    @Test
    void dropsRecordFieldsAboveTheTextAndAnotherArticlesTeaser() {
        String body = body("press-release-with-record-fields-and-teaser.txt");
        assertThat(body).startsWith("The Minister of Foreign Affairs received on Thursday the Special Envoy")
                .contains("share information on armed groups active in the area.")
                .doesNotContain("Author, office :")
                .doesNotContain("Circumstances :")
                .doesNotContain("Farmers in the North Prepare for an Early Planting Season")
                .doesNotContain("clearing their fields");
    }

    static String body(String page) {
        try (InputStream in = BodyExtractionTest.class.getResourceAsStream("/body/" + page)) {
            if (in == null) {
                throw new IllegalArgumentException("no test page " + page);
            }
            return EXTRACTOR.extract(new SourceFile(page, in.readAllBytes())).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
