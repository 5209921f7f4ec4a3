package org.communique.importer.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.communique.statement.StatementType;

/** The evidence for a statement's type, from {@code extraction/type-cues.txt}. */
final class TypeCues {

    private record Cue(Pattern pattern, StatementType type) {
    }

    /** A cue found in a text: the type it names and where it starts. */
    record Found(StatementType type, int start) {
    }

    /** A release's number after its label ("N° 123/22", "No. 45"), not counted among the label's words. */
    private static final Pattern REFERENCE = Pattern.compile("\\s*(?:n[o°º]\\.?\\s*)?[(\\d][\\d()/ .-]*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LABEL_EDGES = Pattern.compile("^[\\s\\-–—|/\\\\>»›:•·]+|[\\s\\-–—|/\\\\>»›:•·]+$");

    /** The words each pattern needs, worked out once. */
    private final Map<Pattern, LiteralScreen.Screened> screens = new java.util.IdentityHashMap<>();
    private final List<Cue> labels;
    private final List<Cue> titles;
    private final List<Cue> frames;
    private final List<Pattern> readout;
    private final List<Pattern> news;
    private final List<Pattern> meetingTitles;
    private final List<Pattern> meetingActs;
    private final List<Pattern> jointVoices;
    /** Words one of which a line must hold to be a type label, or {@code null} when any line may be one. */
    private final String[] labelWords;
    /** The same words, all looked for in one pass over a line; {@code null} with them. */
    private final WordAutomaton labelWordsFinder;

    private TypeCues(Map<String, List<String>> sections) {
        labels = cues(sections.get("label"), true);
        titles = cues(sections.get("title"), false);
        frames = cues(sections.get("frame"), false);
        readout = patterns(sections.get("readout"), Pattern.CASE_INSENSITIVE);
        news = patterns(sections.get("news"), 0);
        meetingTitles = patterns(sections.get("meeting-title"), Pattern.CASE_INSENSITIVE);
        meetingActs = patterns(sections.get("meeting-act"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        jointVoices = patterns(sections.get("joint-voice"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (List<Cue> cues : List.of(labels, titles, frames)) {
            cues.forEach(cue -> screens.put(cue.pattern(), LiteralScreen.Screened.of(cue.pattern())));
        }
        for (List<Pattern> patterns : List.of(readout, news, meetingTitles, meetingActs, jointVoices)) {
            patterns.forEach(pattern -> screens.put(pattern, LiteralScreen.Screened.of(pattern)));
        }
        labelWords = labelWords(labels, screens);
        labelWordsFinder = labelWords == null ? null : new WordAutomaton(List.of(labelWords));
    }

    /**
     * What a line must hold for one of the label cues to match it once its dates are cut out: a label is the
     * line's pieces around its dates joined by spaces, so a cue's needed word, space-free, stands in the line
     * itself, and of words with spaces ("press release") each part does: the longest is the one asked for.
     */
    private static String[] labelWords(List<Cue> labels, Map<Pattern, LiteralScreen.Screened> screens) {
        java.util.Set<String> words = new java.util.LinkedHashSet<>();
        for (Cue cue : labels) {
            String[] needs = screens.get(cue.pattern()).needs();
            if (needs == null) {
                return null;
            }
            for (String need : needs) {
                String longest = "";
                for (String part : need.strip().split(" ")) {
                    longest = part.length() > longest.length() ? part : longest;
                }
                if (longest.isEmpty()) {
                    return null;
                }
                words.add(longest); // "n para la prensa" (from "informaci[óo]n ..."): "prensa", not "n"
            }
        }
        return words.toArray(String[]::new);
    }

    private boolean mayHoldLabel(String line) {
        return labelWords == null || labelWordsFinder.anyPresent(line); // one of the words in the folded line
    }

    static TypeCues load() {
        return new TypeCues(Lexicon.sections("type-cues.txt"));
    }

    private static List<Cue> cues(List<String> lines, boolean whole) {
        List<Cue> cues = new ArrayList<>();
        for (String line : lines) {
            int at = line.lastIndexOf(" = ");
            String regex = line.substring(0, at).strip();
            StatementType type = StatementType.fromCode(line.substring(at + 3))
                    .orElseThrow(() -> new IllegalStateException("extraction/type-cues.txt: unknown type in " + line));
            cues.add(new Cue(Pattern.compile(whole ? "^\\s*(?:" + regex + ")(?:\\s*(?:n[o°º]\\.?\\s*)?[(\\d][\\d()/ .-]*)?\\s*:?\\s*$" : regex,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), type));
        }
        return cues;
    }

    private static List<Pattern> patterns(List<String> lines, int flags) {
        return lines.stream().map(line -> Pattern.compile(line, flags)).toList();
    }

    /**
     * The type a short label line names ("PRESS STATEMENT", "Readout"), if it is one; a date beside the
     * label ("13.07.2014 - Press release") and separators around it (a breadcrumb's last step) are left out.
     */
    Optional<StatementType> label(String line) {
        if (!mayHoldLabel(line)) {
            return Optional.empty(); // no cue's words: the dates need not be looked for
        }
        String label = line;
        List<DateMentions.Mention> dates = DateMentions.find(line, true);
        for (int i = dates.size() - 1; i >= 0; i--) {
            label = label.substring(0, dates.get(i).start()) + " " + label.substring(dates.get(i).end());
        }
        label = LABEL_EDGES.matcher(label).replaceAll("");
        if (label.isEmpty() || TextShape.words(REFERENCE.matcher(label).replaceFirst("")) > 5) {
            return Optional.empty();
        }
        return first(labels, label);
    }

    Optional<StatementType> title(String title) {
        return titleCue(title).map(Found::type);
    }

    /** The first headline cue that matches, with where its match starts. */
    Optional<Found> titleCue(String title) {
        String folded = LiteralScreen.fold(title);
        for (Cue cue : titles) {
            if (!screens.get(cue.pattern()).mayMatch(folded)) {
                continue;
            }
            java.util.regex.Matcher m = cue.pattern().matcher(title);
            if (m.find()) {
                return Optional.of(new Found(cue.type(), m.start()));
            }
        }
        return Optional.empty();
    }

    Optional<StatementType> frame(String preamble) {
        return first(frames, preamble);
    }

    boolean isMeetingTitle(String title) {
        String folded = LiteralScreen.fold(title);
        return meetingTitles.stream().anyMatch(p -> screens.get(p).find(title, folded));
    }

    /** A headline whose verb is a meeting or a call ("Minister X speaks with ..."), not one that only names talks. */
    boolean isMeetingAct(String title) {
        String folded = LiteralScreen.fold(title);
        return meetingActs.stream().anyMatch(p -> screens.get(p).find(title, folded));
    }

    /** A statement's opening in the voice of several sides ("We, the Heads of State and Government of ..."). */
    boolean speaksJointly(String opening) {
        String folded = LiteralScreen.fold(opening);
        return jointVoices.stream().anyMatch(p -> screens.get(p).find(opening, folded));
    }

    int readoutSignals(String text) {
        String folded = LiteralScreen.fold(text);
        return (int) readout.stream().filter(p -> screens.get(p).find(text, folded)).count();
    }

    int newsSignals(String text) {
        String folded = LiteralScreen.fold(text);
        return (int) news.stream().filter(p -> screens.get(p).find(text, folded)).count();
    }

    private Optional<StatementType> first(List<Cue> cues, String text) {
        String folded = LiteralScreen.fold(text);
        return cues.stream().filter(cue -> screens.get(cue.pattern()).find(text, folded)).map(Cue::type).findFirst();
    }
}
