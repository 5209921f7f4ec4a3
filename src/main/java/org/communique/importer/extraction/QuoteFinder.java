package org.communique.importer.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds direct quotations and the official each is attributed to: the speaker named after the quotation
 * ("..., Austin said", "..., said Dana Stroul", "..., the ambassador said", "..., he added"), else the
 * subject of the sentence that leads into it ("Blinken said the two were “the closest partners”"), else
 * the speaker of the quotation it continues. A quotation whose speaker is not an official is left out.
 */
final class QuoteFinder {

    private static final int MIN_WORDS = 3;
    private static final Pattern VERB = Pattern.compile("\\b(said|says|say|added|adds|noted|notes|stressed|stresses|"
            + "told|explained|explains|continued|continues|affirmed|affirms|emphasi[sz]ed|emphasi[sz]es|stated|states|"
            + "remarked|declared|insisted|argued|wrote|writes|tweeted|posted|asked|replied|concluded|indicated|"
            + "pointed out|clarified|expressed|urged|warned|acknowledged|recalled|observed|announced|underscored|"
            + "underlined|confirmed|assured)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRONOUN = Pattern.compile("^\\s*[,.]?\\s*(he|she)\\b|\\b(he|she)\\s+(said|added|noted|"
            + "stressed|continued|told|explained|affirmed|emphasi[sz]ed|stated|concluded|indicated|clarified|"
            + "expressed|warned|urged|insisted|declared|argued)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_PRONOUN = Pattern.compile("^\\s*(?:[\\p{L} ,]{0,40},\\s*)?(he|she)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> ABBREVIATIONS = Set.of("Gen", "Maj", "Lt", "Dr", "Mr", "Mrs", "Ms", "Col", "Adm",
            "Brig", "Sgt", "Jr", "Sr", "St", "U", "S");
    private static final Pattern OFFICE_REFERENCE = Pattern.compile(
            "\\b(?:the|our|top)\\s+((?:[\\p{L}.-]+\\s+){0,4}[\\p{L}-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?][\"”’]?\\s+(?=[\\p{Lu}\"“])");

    private final RoleLexicon roles;

    QuoteFinder(RoleLexicon roles) {
        this.roles = roles;
    }

    /** A quotation as it stands in a paragraph. */
    private record Span(int paragraph, int start, int end, String text, boolean opensParagraph, boolean closesParagraph) {
    }

    List<Quote> find(List<String> paragraphs, OfficialFinder.Result officials) {
        Map<String, String> roleOf = new HashMap<>();
        for (OfficialMention official : officials.officials()) {
            roleOf.put(official.name(), official.role() == null ? "" : official.role().toLowerCase(Locale.ROOT));
        }
        List<Quote> quotes = new ArrayList<>();
        String previousSpeaker = null;
        Span previous = null;
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = paragraphs.get(p);
            for (Span span : spans(p, text)) {
                String speaker = speaker(span, text, officials.sightings(), roleOf);
                if (speaker == null && span.opensParagraph() && p > 0 && paragraphs.get(p - 1).strip().endsWith(":")) {
                    speaker = introducedBy(p - 1, paragraphs.get(p - 1), officials.sightings(), roleOf);
                }
                boolean continues = previous != null && (previous.paragraph() == p
                        || (previous.paragraph() == p - 1 && previous.closesParagraph() && span.opensParagraph()));
                if (speaker == null && continues && !hasAttribution(span, text)) {
                    speaker = previousSpeaker;
                }
                if (speaker != null && TextShape.words(span.text()) >= MIN_WORDS) {
                    quotes.add(new Quote(speaker, span.text()));
                }
                previous = span;
                previousSpeaker = speaker;
            }
        }
        return quotes;
    }

    private static List<Span> spans(int paragraph, String text) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            char close = switch (c) {
                case '“' -> '”';
                case '"' -> '"';
                case '«' -> '»';
                case '„' -> '“';
                default -> 0;
            };
            if (close == 0) {
                i++;
                continue;
            }
            int end = text.indexOf(close, i + 1);
            boolean open = end < 0;
            if (open) {
                end = text.length();
            }
            String inner = text.substring(i + 1, end).strip().replaceFirst("[,\\s]+$", "");
            if (!inner.isEmpty()) {
                boolean opens = text.substring(0, i).isBlank();
                boolean closes = open || text.substring(Math.min(text.length(), end + 1)).strip().matches("[.,]?");
                spans.add(new Span(paragraph, i, Math.min(end + 1, text.length()), inner, opens, closes));
            }
            i = end + 1;
        }
        return spans;
    }

    private String speaker(Span span, String text, List<OfficialFinder.Sighting> sightings, Map<String, String> roleOf) {
        String after = clauseAfter(text, span.end());
        if (VERB.matcher(after).find()) {
            return actor(span.paragraph(), span.end(), span.end() + after.length(), after, span.start(), sightings,
                    roleOf, true);
        }
        int clauseStart = clauseStart(text, span.start());
        String before = text.substring(clauseStart, span.start());
        return actor(span.paragraph(), clauseStart, span.start(), before, span.start(), sightings, roleOf, false);
    }

    /** "Speaking after the call, the Foreign Secretary said:" introduces the quotation of the next paragraph. */
    private String introducedBy(int paragraph, String text, List<OfficialFinder.Sighting> sightings,
                                Map<String, String> roleOf) {
        int clauseStart = clauseStart(text, text.length());
        String clause = text.substring(clauseStart);
        if (!VERB.matcher(clause).find()) {
            return null;
        }
        return actor(paragraph, clauseStart, text.length(), clause, text.length(), sightings, roleOf, false);
    }

    private boolean hasAttribution(Span span, String text) {
        return VERB.matcher(clauseAfter(text, span.end())).find()
                || !text.substring(clauseStart(text, span.start()), span.start()).isBlank();
    }

    /** Who a clause names as speaking: an official, a pronoun for the last one named, or an office. */
    private String actor(int paragraph, int from, int to, String clause, int quoteStart,
                         List<OfficialFinder.Sighting> sightings, Map<String, String> roleOf, boolean afterQuote) {
        for (OfficialFinder.Sighting sighting : sightings) {
            if (sighting.paragraph() == paragraph && sighting.start() >= from && sighting.end() <= to) {
                return sighting.name();
            }
        }
        boolean pronoun = afterQuote ? PRONOUN.matcher(clause).find() : LEADING_PRONOUN.matcher(clause).find();
        if (pronoun) {
            return lastBefore(paragraph, quoteStart, sightings, null, roleOf);
        }
        String office = officeReference(clause);
        if (office != null) {
            return lastBefore(paragraph, quoteStart, sightings, office, roleOf);
        }
        return null;
    }

    private String officeReference(String clause) {
        Matcher m = OFFICE_REFERENCE.matcher(clause);
        while (m.find()) {
            String office = roles.reference(m.group(1));
            if (office != null) {
                return office;
            }
        }
        return null;
    }

    /** The official last named before a point, optionally only one whose office contains a word. */
    private static String lastBefore(int paragraph, int position, List<OfficialFinder.Sighting> sightings,
                                     String office, Map<String, String> roleOf) {
        String found = null;
        for (OfficialFinder.Sighting sighting : sightings) {
            boolean before = sighting.paragraph() < paragraph
                    || (sighting.paragraph() == paragraph && sighting.end() <= position);
            if (!before) {
                break;
            }
            if (office == null || roleOf.getOrDefault(sighting.name(), "").contains(office)) {
                found = sighting.name();
            }
        }
        if (found == null && office != null) {
            List<String> holders = roleOf.entrySet().stream().filter(e -> e.getValue().contains(office))
                    .map(Map.Entry::getKey).toList();
            return holders.size() == 1 ? holders.get(0) : null;
        }
        return found;
    }

    private static String clauseAfter(String text, int from) {
        if (from >= text.length()) {
            return "";
        }
        String rest = text.substring(from);
        int stop = rest.length();
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '“' || c == '"' || ((c == '.' || c == '!' || c == '?') && i > 0 && !abbreviationBefore(rest, i))) {
                stop = i;
                break;
            }
        }
        return rest.substring(0, Math.min(stop, 160));
    }

    private static boolean abbreviationBefore(String text, int dot) {
        int start = dot;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, dot);
        return word.length() <= 1 || ABBREVIATIONS.contains(word);
    }

    private static int clauseStart(String text, int quoteStart) {
        Matcher m = SENTENCE_BREAK.matcher(text);
        int start = 0;
        while (m.find() && m.end() <= quoteStart) {
            start = m.end();
        }
        return start;
    }
}
