package org.communique.importer.extraction;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tells what kind of publisher a page comes from (a government body, an international organisation, a
 * news medium, a blog, a site reposting another's text) from the evidence of {@code publisher-kinds.txt}:
 * the publisher's name and the short masthead lines above the headline weigh most, then every line of
 * the page outside the statement (bylines, stamps, captions, widgets, footers). A kind the publisher
 * lists already know (an official issuer, a news site's address) is taken as it is.
 */
final class PublisherKinds {

    /** The kinds of publisher, each deciding how its pages are read. */
    enum Kind {
        GOVERNMENT, INTERNATIONAL, NEWS, BLOG, REPOST, UNKNOWN;

        /** A government or an international body: its pages are statements in its own voice. */
        boolean official() {
            return this == GOVERNMENT || this == INTERNATIONAL;
        }
    }

    private static final int NAME_WEIGHT = 3;
    private static final int MASTHEAD_WORDS = 8;
    private static final int LINE_WORDS = 40;
    /** Longer lines (captions, teasers) name institutions they are about, not the site: only news and repost cues count there. */
    private static final int SHORT_LINE_WORDS = 12;
    private static final int LEAD_CHARS = 100;
    private static final String SOMEONE_ELSES = "text of an embedded social post";

    /** The words each pattern needs, worked out once. */
    private final Map<Pattern, LiteralScreen.Screened> screens = new java.util.IdentityHashMap<>();
    /** All the patterns' words in one vocabulary, so a line is read once for all of them; and each pattern's words in it. */
    private final LiteralScreen.Vocabulary vocabulary = new LiteralScreen.Vocabulary();
    private final Map<Pattern, int[]> needs = new java.util.IdentityHashMap<>();

    private final Map<Kind, Evidence> names = new EnumMap<>(Kind.class);
    private final Map<Kind, Evidence> lines = new EnumMap<>(Kind.class);
    /** The evidence looked for in longer lines: news and repost cues. */
    private final Map<Kind, Evidence> newsAndReposts = new EnumMap<>(Kind.class);

    /**
     * A kind's patterns, the words each needs (ids in the vocabulary, {@code null} when it is always tried), and
     * all of their words as a set of ids, or {@code null} when one of them is always tried.
     */
    private record Evidence(List<Pattern> patterns, int[][] needs, long[] anyNeeds) {

        /** Whether one of the patterns may match a text holding the {@code present} words of the vocabulary. */
        boolean mayMatch(long[] present) {
            return anyNeeds == null || LiteralScreen.Vocabulary.holdsAny(present, anyNeeds);
        }
    }

    private PublisherKinds(Map<String, List<String>> sections) {
        Map<Kind, List<Pattern>> names = new EnumMap<>(Kind.class);
        Map<Kind, List<Pattern>> lines = new EnumMap<>(Kind.class);
        for (Map.Entry<String, List<String>> section : sections.entrySet()) {
            boolean nameOnly = section.getKey().endsWith("-name");
            Kind kind = Kind.valueOf(section.getKey().replace("-name", "").toUpperCase(Locale.ROOT));
            List<Pattern> patterns = section.getValue().stream()
                    .map(line -> Pattern.compile(line, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
            for (Pattern pattern : patterns) {
                LiteralScreen.Screened screened = LiteralScreen.Screened.of(pattern);
                screens.put(pattern, screened);
                needs.put(pattern, vocabulary.add(screened));
            }
            names.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(patterns);
            if (!nameOnly) {
                lines.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(patterns);
            }
        }
        // the sets of words once the vocabulary holds all of them
        names.forEach((kind, patterns) -> this.names.put(kind, evidence(patterns)));
        lines.forEach((kind, patterns) -> this.lines.put(kind, evidence(patterns)));
        newsAndReposts.put(Kind.NEWS, this.lines.get(Kind.NEWS));
        newsAndReposts.put(Kind.REPOST, this.lines.get(Kind.REPOST));
    }

    private Evidence evidence(List<Pattern> patterns) {
        int[][] patternNeeds = patterns.stream().map(needs::get).toArray(int[][]::new);
        return new Evidence(List.copyOf(patterns), patternNeeds, vocabulary.setOf(patternNeeds));
    }

    /**
     * A site's name rather than a headline: at most five words, each capitalised but the particles of names in
     * several languages ("Portal do Governo Brasileiro", "Prime Minister's Office of Japan", "The Daily Ledger"),
     * that this lexicon reads as a government, an international body or a news medium.
     */
    boolean namesSite(String line) {
        String text = line.strip();
        String[] words = text.split("\\s+");
        if (words.length < 2 || words.length > 5 || text.matches(".*[.!?:;\\d].*")) {
            return false;
        }
        for (String word : words) {
            if (!NAME_PARTICLES.contains(word.toLowerCase(Locale.ROOT)) && !Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
        }
        for (Kind kind : List.of(Kind.GOVERNMENT, Kind.INTERNATIONAL, Kind.NEWS)) {
            for (Pattern pattern : patterns(names, kind)) {
                java.util.regex.Matcher m = pattern.matcher(text);
                // a medium's name ends with its noun ("The Daily Ledger", "Kurdistan News"), not "... Media Roundtable"
                if (m.find() && (kind != Kind.NEWS || m.end() == text.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final java.util.Set<String> NAME_PARTICLES = java.util.Set.of("of", "the", "for", "and", "&", "do", "da",
            "dos", "das", "de", "des", "du", "di", "del", "della", "la", "le", "el", "al", "für", "der", "-", "–");

    static PublisherKinds load() {
        return new PublisherKinds(Lexicon.sections("publisher-kinds.txt"));
    }

    /**
     * The kind the page's own words point to: a reposting note wins, then the kind with the most weight
     * (a blog over news at equal weight: blogs carry bylines and comments too); {@code UNKNOWN} with no
     * evidence.
     */
    Kind of(String publisherName, Segmentation segmentation, int titleBlock) {
        Map<Kind, Integer> weights = new EnumMap<>(Kind.class);
        List<Block> blocks = segmentation.blocks();
        int mastheadEnd = titleBlock >= 0 ? titleBlock : segmentation.bodyStart();
        if (publisherName != null) {
            weigh(names, publisherName, NAME_WEIGHT, weights);
        }
        Map<Kind, Integer> line = new EnumMap<>(Kind.class);
        for (Block block : blocks) {
            int i = block.index();
            if (i == titleBlock || segmentation.isBody(i) || block.wordCount() > LINE_WORDS
                    || SOMEONE_ELSES.equals(segmentation.reason(i))) {
                continue;
            }
            String text = block.text();
            line.clear();
            if (i < mastheadEnd && block.wordCount() <= MASTHEAD_WORDS) {
                weigh(names, text, NAME_WEIGHT, line);
            } else if (block.wordCount() <= SHORT_LINE_WORDS) {
                weigh(lines, text, 1, line);
            } else {
                weigh(newsAndReposts, text, 1, line);
            }
            // the block's wording is asked only of the few lines with evidence: it is slower to read
            ChromeKind wording = line.isEmpty() ? null : segmentation.wording(i);
            if (wording == ChromeKind.EMBED || wording == ChromeKind.RELATED_LINK) {
                continue; // an embedded post or a related link names its own source, not the page's
            }
            line.forEach((kind, weight) -> weights.merge(kind, weight, Integer::sum));
        }
        List<Block> body = segmentation.body();
        if (!body.isEmpty()) {
            String lead = body.get(0).text();
            weigh(lines, lead.substring(0, Math.min(LEAD_CHARS, lead.length())), 1, weights);
        }
        if (weights.getOrDefault(Kind.REPOST, 0) > 0) {
            // carried from elsewhere: a wire service's or a newspaper's copy ("Source: Xinhua") stays news
            return publisherName != null && isNewsName(publisherName) ? Kind.NEWS : Kind.REPOST;
        }
        Kind best = Kind.UNKNOWN;
        int bestWeight = 0;
        for (Kind kind : List.of(Kind.BLOG, Kind.GOVERNMENT, Kind.INTERNATIONAL, Kind.NEWS)) {
            int weight = weights.getOrDefault(kind, 0);
            if (weight > bestWeight) {
                best = kind;
                bestWeight = weight;
            }
        }
        return best;
    }

    private boolean isNewsName(String name) {
        String folded = LiteralScreen.fold(name);
        return patterns(names, Kind.NEWS).stream().anyMatch(p -> screens.get(p).find(name, folded));
    }

    private static List<Pattern> patterns(Map<Kind, Evidence> evidence, Kind kind) {
        Evidence patterns = evidence.get(kind);
        return patterns == null ? List.of() : patterns.patterns();
    }

    /** Adds the weight to a kind for each of its patterns that the text matches, trying only those the screen lets through. */
    private void weigh(Map<Kind, Evidence> evidence, String text, int weight, Map<Kind, Integer> weights) {
        long[] present = vocabulary.present(text);
        for (Map.Entry<Kind, Evidence> entry : evidence.entrySet()) {
            Evidence kind = entry.getValue();
            if (!kind.mayMatch(present)) {
                continue;
            }
            for (int i = 0; i < kind.patterns().size(); i++) {
                if (LiteralScreen.Vocabulary.mayMatch(kind.needs()[i], present)
                        && kind.patterns().get(i).matcher(text).find()) {
                    weights.merge(entry.getKey(), weight, Integer::sum);
                }
            }
        }
    }
}
