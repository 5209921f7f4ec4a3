package org.communique.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Parties as readers name them, read from the gazetteer data. */
class PartyNamesTest {

    @Test
    void anyNameOrCodeInAnyCaseGivesTheCode() {
        for (String name : List.of("US", "us", "USA", "U.S.", "United States", "united states of america", "the United States")) {
            assertThat(PartyNames.resolve(name)).as(name).contains("US");
        }
        assertThat(PartyNames.resolve("Iraq")).contains("IQ");
        assertThat(PartyNames.resolve("Narnia")).isEmpty();
    }

    @Test
    void aCodeWinsOverAnotherPartysName() {
        assertThat(PartyNames.resolve("AU")).contains("AU");
        assertThat(PartyNames.resolve("African Union")).contains("AUC");
        assertThat(PartyNames.resolve("G-20")).contains("G20");
    }

    @Test
    void severalPartiesAreReadFromOneValue() {
        assertThat(PartyNames.parseList("US-IQ")).contains(List.of("US", "IQ"));
        assertThat(PartyNames.parseList("us, iraq")).contains(List.of("US", "IQ"));
        assertThat(PartyNames.parseList("United States-Iraq")).contains(List.of("US", "IQ"));
        assertThat(PartyNames.parseList("US-")).contains(List.of("US"));
        assertThat(PartyNames.parseList("US-Narnia")).isEqualTo(Optional.empty());
    }

    @Test
    void namesThatTakeTheArticleGetItInASentence() {
        assertThat(PartyNames.nameInText("US")).isEqualTo("the United States");
        assertThat(PartyNames.nameInText("IQ")).isEqualTo("Iraq");
        assertThat(PartyNames.nameInText("EU")).isEqualTo("the European Union");
    }
}
