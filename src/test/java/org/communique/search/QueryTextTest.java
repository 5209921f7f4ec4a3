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
}
