package org.communique.importer.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words of {@link RoleLexicon}'s lists that a token is matched against, each with what it is in them: the word
 * lists it belongs to, and the phrases of each phrase list that start with it. A token's word is looked up once;
 * the token keeps what was found ({@link Tokens.Token#inLexicon}), since a run's words are asked about again and
 * again.
 */
final class LexiconWords {

    /** "Prime Minister-designate", "President-elect": an office not yet taken up is still that office. */
    private static final Pattern DESIGNATE = Pattern.compile(".+-(designate|elect)");
    /** The most phrase lists a lexicon has: heads, ranks, modifiers, portfolios, honorifics, services, written offices. */
    private static final int PHRASE_LISTS = 7;

    /** The lists of single words. */
    enum WordList {
        NOT_NAME, OPENER, HEADLINE_VERB, QUALIFIER, INSTITUTION
    }

    /** A list of phrases: its place among a word's phrase lists ({@link Word#phrases}). */
    record Phrases(int list) {
    }

    /**
     * What a word (a token's {@link Tokens.Token#bare bare} form) is in the lists: the word lists it is in (a bit
     * for each), and for each phrase list the phrases that start with it (longest first), or {@code null}.
     */
    static final class Word {
        /** A word in none of the lists. */
        private static final Word NONE = new Word();

        private final String[][][] phrases = new String[PHRASE_LISTS][][];
        private int wordLists;
    }

    private final Map<String, Word> words = new HashMap<>();
    /** How many phrase lists are made. */
    private int phraseLists;

    /** Puts words (lower case) on a word list. */
    void add(WordList list, Collection<String> lowerCaseWords) {
        for (String word : lowerCaseWords) {
            word(word).wordLists |= 1 << list.ordinal();
        }
    }

    /** A new phrase list of these lines, each phrase found under its first word. */
    Phrases phrases(List<String> lines) {
        if (phraseLists == PHRASE_LISTS) {
            throw new IllegalStateException("more than " + PHRASE_LISTS + " phrase lists");
        }
        Map<String, List<List<String>>> byFirstWord = new HashMap<>();
        for (String line : lines) {
            List<String> phrase = Tokens.of(line).stream().map(Tokens.Token::bare).toList();
            byFirstWord.computeIfAbsent(phrase.get(0), k -> new ArrayList<>()).add(phrase);
        }
        byFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt((List<String> p) -> p.size()).reversed()));
        Phrases phrases = new Phrases(phraseLists++);
        byFirstWord.forEach((word, list) -> word(word).phrases[phrases.list()] =
                list.stream().map(phrase -> phrase.toArray(String[]::new)).toArray(String[][]::new));
        return phrases;
    }

    boolean isIn(Tokens.Token token, WordList list) {
        return (wordOf(token).wordLists & 1 << list.ordinal()) != 0;
    }

    /** The number of tokens from {@code at} that spell the longest phrase of the list, or 0. */
    int longest(List<Tokens.Token> tokens, int at, Phrases phrases) {
        if (at < 0 || at >= tokens.size()) {
            return 0;
        }
        String[][] candidates = wordOf(tokens.get(at)).phrases[phrases.list()];
        if (candidates == null) {
            return 0;
        }
        for (String[] phrase : candidates) {
            if (at + phrase.length > tokens.size()) {
                continue;
            }
            boolean match = true;
            for (int i = 0; i < phrase.length && match; i++) {
                Tokens.Token token = tokens.get(at + i);
                boolean last = i == phrase.length - 1;
                match = (token.bare().equals(phrase[i]) || last && isDesignated(token.bare(), phrase[i]))
                        && (last || !token.possessive());
            }
            if (match) {
                return phrase.length;
            }
        }
        return 0;
    }

    /**
     * "President-elect" for "President": the word, a hyphen and {@link #DESIGNATE}'s ending. The hyphen is looked
     * for before the pattern is run.
     */
    private static boolean isDesignated(String bare, String word) {
        return bare.length() > word.length() && bare.charAt(word.length()) == '-' && bare.startsWith(word)
                && DESIGNATE.matcher(bare).matches();
    }

    private Word word(String bare) {
        return words.computeIfAbsent(bare, k -> new Word());
    }

    /** What a token's word is in the lists, looked up once for the token. */
    private Word wordOf(Tokens.Token token) {
        Word word = token.inLexicon(this);
        if (word == null) {
            word = words.getOrDefault(token.bare(), Word.NONE);
            token.keepInLexicon(this, word);
        }
        return word;
    }
}
