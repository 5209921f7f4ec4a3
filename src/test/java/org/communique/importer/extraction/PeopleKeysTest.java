package org.communique.importer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.communique.official.NameKey;
import org.junit.jupiter.api.Test;

/** A spelling's keys made from one tokenisation are those {@link NameKey} makes, tokenising it for each. */
class PeopleKeysTest {

    @Test
    void keysFromOneTokenisationAreNameKeysOwn() {
        List<String> names = new java.util.ArrayList<>(List.of("", "Blinken", "Antony J. Blinken", "KISHIDA Fumio",
                "Fuad Hussein", "Mohammed bin Salman Al Saud", "Dr. Jill Biden Jr.", "Abd al-Rahman", "Sergei Lavrov's",
                "Đặng Thị Ngọc Thịnh", "O’Brien", "al-Sudani", "Xi Jinping", "  ", "Mr. Muhammad"));
        String[] pieces = {"Ahmed", "al-", "Al ", "bin ", "J. ", "Jr", ". ", " ", "’", "'", "-", "Ö", "é", "Smith", "MAO",
                "x", "Sr.", "Iv", "Muhammad", "Mohamed"};
        Random random = new Random(107);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder name = new StringBuilder();
            for (int i = random.nextInt(6); i > 0; i--) {
                name.append(pieces[random.nextInt(pieces.length)]);
            }
            names.add(name.toString());
        }
        for (String name : names) {
            People.Keys keys = People.Keys.of(name);
            assertThat(keys.firstLast()).as(name).isEqualTo(NameKey.firstLast(name));
            assertThat(keys.loose()).as(name).isEqualTo(NameKey.loose(name));
            assertThat(keys.surname()).as(name).isEqualTo(NameKey.surname(name));
            assertThat(keys.looseSurname()).as(name).isEqualTo(NameKey.looseSurname(name));
        }
    }
}
