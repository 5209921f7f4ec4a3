package org.communique.importer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Officials named with an office in French, Spanish, Portuguese or German. */
class WrittenOfficesTest {

    private static final WrittenOffices OFFICES = new WrittenOffices(RoleLexicon.load(), Gazetteer.load());

    private static List<String> found(String text) {
        return OFFICES.find(text).stream().map(n -> Tokens.join(n.name(), 0, n.name().size()) + " | " + n.role()
                + " | " + n.country()).toList();
    }

    @Test
    void readsAnOfficeRightBeforeTheNameWithTheDemonymAfterIt() {
        assertThat(found("Ayer el canciller uruguayo Mateo Ferrer visitó la ciudad."))
                .containsExactly("Mateo Ferrer | canciller | UY");
    }

    @Test
    void readsAGermanCompoundOfficeAndTheAdjectiveBeforeIt() {
        assertThat(found("Danach sprach der polnische Verteidigungsminister Jan Nowicki mit der Presse."))
                .containsExactly("Jan Nowicki | Verteidigungsminister | PL");
    }

    @Test
    void readsAnOfficeSetOffByACommaAndSkipsTheHonorific() {
        assertThat(found("Il a reçu la présidente de la commission des lois, Madame Claire Vautrin, au ministère."))
                .containsExactly("Claire Vautrin | présidente de la commission des lois | null");
    }

    @Test
    void readsAnOfficeAfterTheNameAndItsComma() {
        assertThat(found("Entretien avec M. Karim Haddad, ministre libanais de l'économie, à Paris."))
                .containsExactly("Karim Haddad | ministre libanais de l'économie | LB");
    }

    @Test
    void aPortfolioListingABodyGivesNeitherAPersonNorItsCountry() {
        assertThat(found("La ministra de Comercio, Unión Europea y Cooperación, Lucía Pardo, habló hoy."))
                .containsExactly("Lucía Pardo | ministra de Comercio, Unión Europea y Cooperación | null");
    }

    @Test
    void aCountryAfterTheOfficeIsNoName() {
        assertThat(found("Telefonat mit dem Präsidenten Kenias und dem König Jordaniens.")).isEmpty();
    }

    @Test
    void aVerbBetweenTheOfficeAndTheCommaEndsTheOffice() {
        assertThat(found("El ministro viajó con su equipo, Ana Ruiz y otros, a Lima.")).isEmpty();
    }

    @Test
    void englishTextIsLeftToTheEnglishReading() {
        assertThat(found("The President met Prime Minister John Smith and the administrator, Mary Jones, in Rome."))
                .isEmpty();
    }
}
