package org.communique.importer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The words a pattern needs are read from the pattern, and never keep it from a line it matches. */
class LiteralScreenTest {

    @Test
    void aVocabularyFindsTheWordsThatContainsFinds() {
        List<LiteralScreen.Screened> screened = List.of(
                LiteralScreen.Screened.of(Pattern.compile("\\b(ministry|embassy)\\b", Pattern.CASE_INSENSITIVE)),
                LiteralScreen.Screened.of(Pattern.compile("photos?|videos?|read more|more")),
                LiteralScreen.Screened.of(Pattern.compile("a|#|-|x")),
                LiteralScreen.Screened.of(Pattern.compile("[a-z]+")));
        LiteralScreen.Vocabulary vocabulary = new LiteralScreen.Vocabulary();
        List<int[]> ids = screened.stream().map(vocabulary::add).toList();
        assertThat(ids.get(3)).as("a pattern with no words is always tried").isNull();
        java.util.Random random = new java.util.Random(13);
        String alphabet = "aemorsty#-x .hpdvibn";
        for (int run = 0; run < 20_000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(24); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String folded = LiteralScreen.fold(text);
            long[] present = vocabulary.present(text.toString());
            for (int p = 0; p < screened.size(); p++) {
                assertThat(LiteralScreen.Vocabulary.mayMatch(ids.get(p), present)).as(text + " / " + p)
                        .isEqualTo(screened.get(p).mayMatch(folded));
            }
        }
    }

    @Test
    void aSetOfPatternsWordsHoldsAWordPresentWhenOneOfThePatternsMayMatch() {
        LiteralScreen.Vocabulary vocabulary = new LiteralScreen.Vocabulary();
        String[] words = {"ministry", "embassy", "photo", "video", "more", "a", "x", "ad", "cookie", "é"};
        java.util.Random random = new java.util.Random(17);
        List<int[]> patterns = new ArrayList<>();
        for (int p = 0; p < 40; p++) {
            StringBuilder regex = new StringBuilder(words[random.nextInt(words.length)]);
            for (int more = random.nextInt(3); more > 0; more--) {
                regex.append('|').append(words[random.nextInt(words.length)]);
            }
            patterns.add(vocabulary.add(LiteralScreen.Screened.of(Pattern.compile(regex.toString()))));
        }
        patterns.add(vocabulary.add(LiteralScreen.Screened.of(Pattern.compile("[a-z]+"))));
        for (int run = 0; run < 20_000; run++) {
            List<int[]> some = new ArrayList<>();
            for (int[] ids : patterns) {
                if (random.nextInt(8) == 0) {
                    some.add(ids);
                }
            }
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(5); i > 0; i--) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            long[] present = vocabulary.present(text.toString());
            long[] set = vocabulary.setOf(some.toArray(int[][]::new));
            boolean oneMay = some.stream().anyMatch(ids -> LiteralScreen.Vocabulary.mayMatch(ids, present));
            boolean alwaysTried = some.stream().anyMatch(java.util.Objects::isNull);
            assertThat(set == null).as("%s", text).isEqualTo(alwaysTried);
            if (set != null) {
                assertThat(LiteralScreen.Vocabulary.holdsAny(present, set)).as("%s", text).isEqualTo(oneMay);
            }
        }
    }

    @Test
    void readsTheWordsOfAnAlternation() {
        assertThat(PatternNeeds.needs("\\b(ministry|embassy)\\b")).containsExactlyInAnyOrder("ministry", "embassy");
        assertThat(PatternNeeds.needs("photos?|videos?")).containsExactlyInAnyOrder("photo", "photos", "video", "videos");
        assertThat(PatternNeeds.needs("(?-i:By)\\s+[A-Z]\\w+")).containsExactly("by");
        assertThat(PatternNeeds.needs("a \\.gov website")).containsExactly("a .gov website");
    }

    @Test
    void needsNothingWhereAMatchMayHoldNoWord() {
        assertThat(PatternNeeds.needs("\\d+ comments?|.{0,20}")).isNull();
        assertThat(PatternNeeds.needs("(share|x)?\\s*")).isNull();
        assertThat(PatternNeeds.needs("[a-z]+")).isNull();
        assertThat(PatternNeeds.needs("(a)\\1")).as("a back-reference is not read").isNull();
    }

    @Test
    void foldsCaseAsTheMatcherDoes() {
        assertThat(LiteralScreen.fold("The MINISTRY")).isEqualTo("the ministry");
        assertThat(LiteralScreen.fold("\u212Aelvin")).as("the Kelvin sign matches k case-insensitively").isEqualTo("kelvin");
        assertThat(LiteralScreen.fold("ÉLYSÉE")).as("other letters are kept as they are").isEqualTo("ÉlysÉe");
    }

    /** Every pattern of the word lists, on every line of the fixtures: screened out only where it does not match. */
    @Test
    void neverKeepsAPatternFromALineItMatches() throws IOException {
        List<String> lines = fixtureLines();
        List<Pattern> patterns = new ArrayList<>();
        for (String file : List.of("boilerplate.txt", "publisher-kinds.txt")) {
            Lexicon.sections(file).values().forEach(regexes -> regexes.forEach(regex ->
                    patterns.add(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))));
        }
        for (List<String> cues : Lexicon.sections("type-cues.txt").values()) {
            for (String cue : cues) {
                String regex = cue.contains(" = ") ? cue.substring(0, cue.lastIndexOf(" = ")).strip() : cue;
                patterns.add(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
        }
        for (Map.Entry<String, List<String>> hints : Lexicon.sections("html-hints.txt").entrySet()) {
            patterns.add(Pattern.compile(String.join("|", hints.getValue()), Pattern.CASE_INSENSITIVE));
        }
        int screened = 0;
        int matched = 0;
        for (Pattern pattern : patterns) {
            LiteralScreen.Screened screen = LiteralScreen.Screened.of(pattern);
            for (String line : lines) {
                boolean matches = pattern.matcher(line).find();
                boolean may = screen.mayMatch(LiteralScreen.fold(line));
                assertThat(may || !matches).as("%s screened out of [%s]", pattern, line).isTrue();
                screened += may ? 0 : 1;
                matched += matches ? 1 : 0;
            }
        }
        assertThat(matched).as("the lines exercise the patterns").isGreaterThan(1000);
        assertThat(screened).as("and most are screened out").isGreaterThan(patterns.size() * lines.size() / 3);
    }

    private static List<String> fixtureLines() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/fixtures"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("source.")).sorted().toList()) {
                String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
                if (file.toString().endsWith(".html")) {
                    text = Jsoup.parse(text).wholeText();
                }
                text.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(lines::add);
            }
        }
        // the folded forms of what the lines say, in capitals and with the Kelvin sign, must be found too
        List<String> variants = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += 7) {
            variants.add(lines.get(i).toUpperCase(java.util.Locale.ROOT));
            variants.add(lines.get(i).replace('k', '\u212A'));
        }
        lines.addAll(variants);
        return lines;
    }
}
