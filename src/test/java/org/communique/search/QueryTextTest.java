package org.communique.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a reader's query becomes the engine's, and which looser queries it offers. */
class QueryTextTest {

    @Test
    void orAndNotBecomeTheEnginesOperators() {
        assertThat(QueryText.toEngine("Peshmerga OR Pentagon")).isEqualTo("Peshmerga | Pentagon");
        assertThat(QueryText.toEngine("Peshmerga AND Iraq")).isEqualTo("Peshmerga Iraq");
        assertThat(QueryText.toEngine("Peshmerga NOT Blinken")).isEqualTo("Peshmerga -Blinken");
        assertThat(QueryText.toEngine("or and not")).as("lower case words are words").isEqualTo("or and not");
    }

    @Test
    void typographicQuotesMakePhrasesAndAnOpenQuoteIsClosed() {
        assertThat(QueryText.toEngine("“combat role” Iraq")).isEqualTo("\"combat role\" Iraq");
        assertThat(QueryText.toEngine("-\"combat role\"")).isEqualTo("-\"combat role\"");
        assertThat(QueryText.toEngine("\"combat role")).isEqualTo("\"combat role\"");
    }

    @Test
    void looserQueriesForgiveTyposDropAWordOrTakeAnyWord() {
        assertThat(QueryText.forgivingTypos("Peshmarga in Iraq")).isEqualTo("Peshmarga~2 in Iraq~1");
        assertThat(QueryText.forgivingTypos("Mediterranean")).isEqualTo("Mediterranean~2");
        assertThat(QueryText.forgivingTypos("\"a phrase\" US")).isNull();
        assertThat(QueryText.withoutOnePart("Peshmerga \"combat role\" zzz"))
                .containsExactly("\"combat role\" zzz", "Peshmerga zzz", "Peshmerga \"combat role\"");
        assertThat(QueryText.anyWord("Peshmerga zzz")).isEqualTo("Peshmerga OR zzz");
        assertThat(QueryText.anyWord("Peshmerga")).isNull();
    }

    @Test
    void theEnginesOwnSyntaxIsReadAsWords() {
        assertThat(QueryText.toEngine("a~")).isEqualTo("a");
        assertThat(QueryText.toEngine("ab~2")).isEqualTo("ab");
        assertThat(QueryText.toEngine("Peshmarga~")).isEqualTo("Peshmarga~2");
        assertThat(QueryText.toEngine("title:x body:* (a | b) +c \\d e^2 [f TO g] /h.*/")).isEqualTo(
                "title x body a b c d e 2 f TO g h.");
        assertThat(QueryText.toEngine("\"a b\"~5 \"\" -\"\" ~ ~~ * ?")).isEqualTo("\"a b\"");
        assertThat(QueryText.toEngine("U.S.-Iraq al-Kadhimi’s")).isEqualTo("U.S.-Iraq al-Kadhimi’s");
        assertThat(QueryText.toEngine("OR a OR OR b OR")).isEqualTo("a | b");
    }

    @Test
    void repeatsCountOnceAndTheQueryIsBounded() {
        assertThat(QueryText.toEngine("Peshmarga ".repeat(400))).isEqualTo("Peshmarga");
        assertThat(QueryText.parts("w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 w16 w17 w18 w19"))
                .hasSize(QueryText.MAX_PARTS);
        assertThat(QueryText.toEngine("alpha~ bravo~ charlie~ delta~ echo~ foxtrot~"))
                .isEqualTo("alpha~1 bravo~1 charlie~1 delta~1 echo foxtrot");
    }
}
