package org.communique.importer.extraction;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Measures of how a piece of text is shaped: its words, whether it reads as prose or as a label or menu. */
final class TextShape {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    /** The marks that end a sentence, and the closing quotes and brackets that may follow one. */
    private static final String SENTENCE_MARKS = ".!?…。؟！？";
    /** The commas of the scripts Readability counts, as a regex would: {@code [,،﹐︐︑⹀⸴⸲，、]}. */
    private static final String COMMAS = ",،﹐︐︑⹀⸴⸲，、";
    /** The lowest of those commas but the plain one: most characters of a text are below it. */
    private static final char FIRST_OTHER_COMMA = '،';
    private static final String CLOSERS = "\"'”’»)]」』）";
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+");
    /** A headline may end with the full stop of one of these abbreviations. */
    private static final java.util.List<String> ABBREVIATIONS = java.util.List.of("U.S.", "D.C.", "Jr.", "St.", "No.");
    private static final Pattern ABBREVIATION_END = Pattern.compile(".*\\b(" + String.join("|", ABBREVIATIONS.stream()
            .map(a -> Pattern.quote(a.substring(0, a.length() - 1))).toList()) + ")\\.$");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");
    private static final Pattern SPEAKER_TURN = Pattern.compile(
            "^(?:[\\p{Lu}][\\p{Lu}.'’ -]{1,40}|Q|A|QUESTION|MODERATOR|PARTICIPANT|(?:\\p{Lu}[\\p{L}.'’-]+ ){1,3}\\p{Lu}[\\p{L}'’-]+"
                    // "President of Russia Vladimir Putin:", "President of Kazakhstan Kassym-Jomart Tokayev (retranslated):"
                    + "|\\p{Lu}[\\p{L}.'’-]+ (?:of|of the) (?:\\p{Lu}[\\p{L}.'’-]+ ){1,5}\\p{Lu}[\\p{L}'’-]+(?: \\([\\p{Ll} ]{3,20}\\))?"
                    + "):\\s");
    private static final Set<String> FUNCTION_WORDS = Set.copyOf(Lexicon.lines("function-words.txt"));
    /**
     * The length of the longest function word: a longer word is none of them, and is not cut out and lower-cased
     * to be looked up (lower-casing never shortens a text: a character becomes one or more).
     */
    private static final int LONGEST_FUNCTION_WORD = FUNCTION_WORDS.stream().mapToInt(String::length).max().orElse(0);
    /** The function words of ASCII letters, each {@link #packedAscii packed} into a long, sorted. */
    private static final long[] PACKED_FUNCTION_WORDS = FUNCTION_WORDS.stream()
            .filter(word -> word.equals(word.toLowerCase(Locale.ROOT)) && packedAscii(word, 0, word.length()) >= 0)
            .mapToLong(word -> packedAscii(word, 0, word.length())).sorted().toArray();
    /** Below this code point (the combining diacritical marks) no character is a combining mark. */
    private static final int FIRST_MARK = 0x0300;
    /** Below this code point (Thai) every script spaces its words. */
    private static final int FIRST_UNSPACED = 0x0E00;
    /** Chinese words average about one and a half to two characters. */
    private static final int IDEOGRAPHS_PER_WORD = 2;
    /** Thai words average about four letters and marks. */
    private static final int UNSPACED_LETTERS_PER_WORD = 4;
    private static final int IDEOGRAPH_WIDTH = 3;

    private TextShape() {
    }

    /**
     * The number of words. Scripts written without spaces are counted by their characters, so that a
     * paragraph of Chinese or Thai weighs about what its translation would: Chinese and Japanese (ideographs
     * and kana) one word for every {@value #IDEOGRAPHS_PER_WORD} characters, Thai, Lao, Khmer and Myanmar one
     * for every {@value #UNSPACED_LETTERS_PER_WORD}. Combining marks belong to the word they sit on.
     */
    static int words(String text) {
        return words(text, Integer.MAX_VALUE);
    }

    /**
     * The number of words when it is at most {@code limit}; else some number over the limit, the count stopping
     * there: every term of the count only grows as the text is read, so a long block need not be read to its end.
     */
    static int words(String text, int limit) {
        int count = 0;
        int ideographs = 0;
        int unspaced = 0;
        boolean inWord = false;
        for (int i = 0, n = text.length(); i < n; ) {
            char ascii = text.charAt(i);
            if (ascii < 128) { // most characters: no surrogate, no mark, spaced
                i++;
                boolean wordChar = ascii >= 'a' && ascii <= 'z' || ascii >= 'A' && ascii <= 'Z'
                        || ascii >= '0' && ascii <= '9' || ascii == '_';
                if (wordChar && !inWord && ++count > limit) {
                    return count;
                }
                inWord = wordChar;
                continue;
            }
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c >= FIRST_UNSPACED) {
                Spacing spacing = spacing(c);
                if (spacing == Spacing.IDEOGRAPHIC) {
                    ideographs++;
                    inWord = false;
                    continue;
                }
                if (spacing == Spacing.UNSPACED) {
                    unspaced++;
                    inWord = false;
                    continue;
                }
            }
            boolean wordChar = isWordChar(c) || inWord && isMark(c);
            if (wordChar && !inWord && ++count > limit) {
                return count;
            }
            inWord = wordChar;
        }
        return count + (ideographs + IDEOGRAPHS_PER_WORD - 1) / IDEOGRAPHS_PER_WORD
                + (unspaced + UNSPACED_LETTERS_PER_WORD - 1) / UNSPACED_LETTERS_PER_WORD;
    }

    /**
     * The length of a text in Latin-script characters: an ideograph or kana counts as {@value #IDEOGRAPH_WIDTH}
     * characters, about the share of an English word and its space that it carries. For length thresholds
     * written with English in mind.
     */
    static int latinLength(String text) {
        int length = text.length();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            length += latinExtra(c);
        }
        return length;
    }

    /** What a code point adds to {@link #latinLength} beyond its characters: an ideograph or kana weighs more. */
    static int latinExtra(int c) {
        return c >= FIRST_UNSPACED && spacing(c) == Spacing.IDEOGRAPHIC ? IDEOGRAPH_WIDTH - Character.charCount(c) : 0;
    }

    /** How a script marks its words: by spaces, not at all with one word in a character or two, or not at all. */
    private enum Spacing { SPACED, IDEOGRAPHIC, UNSPACED }

    private static Spacing spacing(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA -> Spacing.IDEOGRAPHIC;
            case THAI, LAO, KHMER, MYANMAR -> Character.isLetter(c) || isMark(c) ? Spacing.UNSPACED : Spacing.SPACED;
            // the kana prolonged sound mark and the ideographic iteration mark are of no script of their own
            case COMMON -> c == 0x30FC || c == 0x3005 ? Spacing.IDEOGRAPHIC : Spacing.SPACED;
            default -> Spacing.SPACED;
        };
    }

    private static boolean isMark(int c) {
        if (c < FIRST_MARK) {
            return false; // the letters, digits, spaces and signs of ASCII and Latin-1, asked of most characters
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** A character of {@link #WORD}, tested without a regex (the extractor asks this of every block, often). */
    static boolean isWordChar(int c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        }
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Collapses every run of whitespace (including no-break and zero-width spaces) to one space. */
    static String collapse(String text) {
        StringBuilder out = null; // the same as WHITESPACE replaced by " ", without a regex: asked of every line
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < n && isSpace(text.charAt(end))) {
                end++;
            }
            if (out == null) {
                if (c == ' ' && end == i + 1) {
                    continue; // a single plain space stays as it is
                }
                out = new StringBuilder(n).append(text, 0, i);
            }
            out.append(' ');
            i = end - 1;
        }
        return (out == null ? text : out.toString()).strip();
    }

    /**
     * Whether every character of the text is one that {@link #collapse} makes a space: the text collapses to
     * nothing (its one space is stripped), so it need not be made into a string first.
     */
    static boolean isAllSpace(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A character of {@link #WHITESPACE}. */
    static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00A0' || c >= '\u2000' && c <= '\u200B' || c == '\u202F'
                || c == '\u205F' || c == '\u3000';
    }

    /**
     * Whether the text ends a sentence: a full stop, question or exclamation mark, then maybe closing quotes or
     * brackets, then maybe whitespace, read backwards from the end (the pattern
     * {@code [.!?…。؟！？]["'”’»)\]」』）]*\s*$} was tried at every position). Like {@code $}, a line terminator
     * that ends the text is passed over.
     */
    static boolean endsSentence(String text) {
        int end = text.length();
        if (end > 0 && (text.charAt(end - 1) == '\u0085' || text.charAt(end - 1) == '\u2028'
                || text.charAt(end - 1) == '\u2029')) {
            end--;
        }
        while (end > 0 && isPatternSpace(text.charAt(end - 1))) {
            end--;
        }
        while (end > 0 && CLOSERS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && SENTENCE_MARKS.indexOf(text.charAt(end - 1)) >= 0;
    }

    /** {@code \s} of a pattern without flags: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The share of words that are English function words: high in prose, near zero in menus and names. */
    static double functionWordRatio(String text) {
        int all = 0;
        int function = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); ) {
            int c = i < text.length() ? text.codePointAt(i) : ' ';
            if (isWordChar(c)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                all++;
                if (i - start <= LONGEST_FUNCTION_WORD && isFunctionWord(text, start, i)) {
                    function++;
                }
                start = -1;
            }
            i += i < text.length() ? Character.charCount(c) : 1;
        }
        return all == 0 ? 0 : (double) function / all;
    }

    /**
     * Whether {@code text[start, end)} in lower case is a function word: a word of ASCII characters is looked up
     * packed into a long, without making its lower-case string (asked of every short word of every block).
     */
    static boolean isFunctionWord(String text, int start, int end) {
        long packed = packedAscii(text, start, end);
        if (packed < 0) {
            return FUNCTION_WORDS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
        }
        return java.util.Arrays.binarySearch(PACKED_FUNCTION_WORDS, packed) >= 0;
    }

    /**
     * {@code text[start, end)} in lower case, seven bits a character, when it is of ASCII characters but NUL; -1
     * when it is too long to pack, -2 when it holds another character.
     */
    private static long packedAscii(String text, int start, int end) {
        long packed = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == 0 || c >= 128) {
                return -2;
            }
            packed = packed << 7 | (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        return end - start <= 9 ? packed : -1;
    }

    /** The share of words that start with a capital letter. */
    static double capitalizedRatio(String text) {
        Matcher m = WORD.matcher(text);
        int all = 0;
        int capitalized = 0;
        while (m.find()) {
            all++;
            if (Character.isUpperCase(m.group().codePointAt(0))) {
                capitalized++;
            }
        }
        return all == 0 ? 0 : (double) capitalized / all;
    }

    /** Capitals on (nearly) every word but the grammar words: "Joint Statement Issued Following the Meeting of...". */
    static boolean isTitleCase(String text) {
        Matcher m = WORD.matcher(text);
        int content = 0;
        int capitalized = 0;
        while (m.find()) {
            String word = m.group();
            if (FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT)) || Character.isDigit(word.charAt(0))) {
                continue;
            }
            content++;
            if (Character.isUpperCase(word.codePointAt(0))) {
                capitalized++;
            }
        }
        return content >= 3 && capitalized >= content * 0.85;
    }

    static boolean isLatin(String text) {
        return LATIN.matcher(text).find();
    }

    /** Reads as running prose: enough words, and either sentence punctuation or the grammar words of prose. */
    static boolean isProse(String text) {
        return isProse(text, words(text));
    }

    /** {@link #isProse(String)} of a text whose {@link #words} are counted already. */
    static boolean isProse(String text, int words) {
        if (words < 8) {
            return false;
        }
        if (!isLatin(text)) {
            return endsSentence(text) || words >= 16;
        }
        boolean sentence = endsSentence(text);
        if (!sentence && words <= 30 && isTitleCase(text)) {
            return false;
        }
        double function = functionWordRatio(text);
        return (sentence && function >= 0.12) || (function >= 0.22 && words >= 16);
    }

    /** A turn of a transcript: "SECRETARY BLINKEN: ...", "QUESTION: ...", "Q: ...", "Fuad Hussein: ...". */
    static boolean isSpeakerTurn(String text) {
        return SPEAKER_TURN.matcher(text).find();
    }

    /** Looks like a headline: a handful of words, no closing full stop, not a sentence of prose. */
    static boolean isHeadlineShaped(String text) {
        if (text.length() > 250) {
            return false;
        }
        int words = words(text, 30); // exact up to 30, all that is asked
        if (words < 3 || words > 30) {
            return false;
        }
        String trimmed = text.strip();
        return !trimmed.endsWith(".") || trimmed.endsWith("..") || endsWithAbbreviation(trimmed);
    }

    /**
     * Whether a text ends with an abbreviation's full stop ("U.S.", "Jr."): {@link #ABBREVIATION_END} is tried
     * only on a text that ends with one of the abbreviations it names, as it must.
     */
    private static boolean endsWithAbbreviation(String text) {
        for (String abbreviation : ABBREVIATIONS) {
            if (text.endsWith(abbreviation)) {
                return ABBREVIATION_END.matcher(text).matches();
            }
        }
        return false;
    }

    /** The number of commas in a text, the pieces it splits into being one more. */
    static boolean isComma(char c) {
        return c == ',' || c >= FIRST_OTHER_COMMA && COMMAS.indexOf(c) >= 0;
    }

    static int commas(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isComma(c)) {
                count++;
            }
        }
        return count;
    }
}
