package org.communique.importer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class HoldsArabicTest {

    private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}");

    @Test
    void arabicIsWhatThePatternFindsForEveryCodePoint() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String text = "a " + new String(Character.toChars(c)) + " b";
            if (OtherLanguageOfficials.holdsArabic(text) != ARABIC.matcher(text).find()) {
                assertThat(OtherLanguageOfficials.holdsArabic(text)).as("U+%04X", c).isEqualTo(ARABIC.matcher(text).find());
            }
        }
    }

    @Test
    void findsArabicAnywhereInAText() {
        assertThat(OtherLanguageOfficials.holdsArabic("Foreign Minister فؤاد حسين said")).isTrue();
        assertThat(OtherLanguageOfficials.holdsArabic("Foreign Minister Fuad Hussein said")).isFalse();
        assertThat(OtherLanguageOfficials.holdsArabic("")).isFalse();
    }
}
