package org.communique.importer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GazetteerKindsTest {

    @Test
    void organisationsAndGroupsAreNoStates() {
        assertThat(Gazetteer.isOrganisation("EU")).isTrue();
        assertThat(Gazetteer.isOrganisation("G7")).isTrue();
        assertThat(Gazetteer.isState("G7")).isFalse();
        assertThat(Gazetteer.kindOf("G20")).isEqualTo(Gazetteer.Kind.GROUP);
        assertThat(Gazetteer.kindOf("NATO")).isEqualTo(Gazetteer.Kind.ORGANISATION);
    }

    @Test
    void aRegionIsNeitherAnOrganisationNorAStateAndBelongsToItsState() {
        assertThat(Gazetteer.isOrganisation("KRG")).isFalse();
        assertThat(Gazetteer.isState("KRG")).isFalse();
        assertThat(Gazetteer.stateOf("KRG")).isEqualTo("IQ");
    }

    @Test
    void aCountryIsAState() {
        assertThat(Gazetteer.isState("IQ")).isTrue();
        assertThat(Gazetteer.isState("AU")).isTrue(); // Australia; the African Union is AUC
        assertThat(Gazetteer.stateOf("IQ")).isEqualTo("IQ");
    }
}
