package org.communique.importer.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the headline. For HTML: the visible {@code <h1>} when it agrees with the page's own title
 * (JSON-LD, Open Graph), else that title, else the {@code <title>} without the site's name. For text:
 * the headline-shaped line above the statement, preferring one the page repeats (a breadcrumb ends with
 * it). With none, a short title is derived from the lead, and flagged as derived.
 */
final class TitleFinder {

    /** The headline, whether it was derived from the lead, and the block that holds it (or -1). */
    record Title(String text, boolean derived, int block, Integer year) {
    }

    private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s+[|–—·•»:]\\s+|\\s+-\\s+|\\s*\\|\\s*");
    private static final Pattern YEAR_SUFFIX = Pattern.compile("\\s*\\(((?:19|20)\\d{2})\\)\\s*$");
    private static final Pattern DATELINE = Pattern.compile(
            "^[\\p{Lu}][\\p{Lu} .,'’-]{2,40}(?:\\([^)]{2,40}\\))?\\s*[-–—:]+\\s*");
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]{1,40}\\)");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<!\\b(?:U\\.S|D\\.C|Dr|Mr|Mrs|Ms|Gen|St|Jr|\\p{Lu}))[.!?](?=\\s+[\\p{Lu}\"“]|$)");
    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile(",|;|\\s[—–]\\s|\\s(?:in|on|at|during)\\s(?=[\\p{Lu}\\d])");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int DERIVED_MAX_WORDS = 20;
    private static final double MIN_HEADER_SCORE = 1;

    private final TypeCues types;

    TitleFinder(TypeCues types) {
        this.types = types;
    }

    Title find(Page page, Segmentation segmentation) {
        Title title = page.html() ? fromMetadata(page, segmentation) : null;
        if (title == null) {
            title = fromHeader(segmentation);
        }
        if (title == null) {
            return derive(segmentation);
        }
        markRepeats(segmentation, title);
        return title;
    }

    // ---- HTML ----

    private Title fromMetadata(Page page, Segmentation segmentation) {
        PageMetadata meta = page.metadata();
        String stated = meta.headline() != null ? meta.headline() : withoutSiteName(meta.documentTitle(), meta);
        String heading = meta.firstHeading();
        if (heading != null && TextShape.words(heading) >= 2 && (stated == null || similar(heading, stated))) {
            return titled(heading, indexOf(segmentation, heading));
        }
        for (Block block : segmentation.blocks()) {
            if (block.isHeading() && stated != null && similar(block.text(), stated)) {
                return titled(block.text(), block.index());
            }
        }
        if (meta.headline() == null) {
            // a <title> alone is often just the site's name: a headline above the statement is more telling
            Title fromPage = fromHeader(segmentation);
            if (fromPage != null) {
                return fromPage;
            }
        }
        if (stated != null && TextShape.words(stated) >= 2 && !PublisherFinder.namesInstitution(stated)) {
            String clean = meta.headline() != null ? withoutSiteName(stated, meta) : stated;
            return titled(clean, indexOf(segmentation, clean));
        }
        return null;
    }

    /** "Joint Statement on X | U.S. Department of State" → "Joint Statement on X". */
    static String withoutSiteName(String title, PageMetadata meta) {
        if (title == null) {
            return null;
        }
        String[] parts = SITE_SEPARATOR.split(title);
        if (parts.length == 1) {
            return title.strip();
        }
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            String lower = part.strip().toLowerCase(Locale.ROOT);
            boolean site = lower.isEmpty() || isSite(lower, meta.siteName()) || isSite(lower, meta.publisher())
                    || (meta.url() != null && meta.url().toLowerCase(Locale.ROOT).contains(lower.replace(" ", "")));
            if (!site) {
                kept.add(part.strip());
            }
        }
        if (kept.isEmpty()) {
            return parts[0].strip();
        }
        return kept.stream().max((a, b) -> Integer.compare(TextShape.words(a), TextShape.words(b))).orElse(parts[0]);
    }

    private static boolean isSite(String part, String site) {
        if (site == null) {
            return false;
        }
        String lowerSite = site.toLowerCase(Locale.ROOT);
        return lowerSite.equals(part) || lowerSite.contains(part) && TextShape.words(part) <= 4 || part.contains(lowerSite);
    }

    // ---- text ----

    /**
     * The headline-shaped line nearest above the statement (menu lines in between push a line away;
     * date lines, bylines and labels do not), or the line a breadcrumb ends with.
     */
    private Title fromHeader(Segmentation segmentation) {
        List<Block> header = segmentation.header();
        Title best = null;
        double bestScore = MIN_HEADER_SCORE;
        for (int i = 0; i < header.size(); i++) {
            Block block = header.get(i);
            String text = block.text();
            if (!isUnmarked(segmentation, block) || !TextShape.isHeadlineShaped(text) || TextShape.isProse(text)
                    || types.label(text).isPresent() || DateMentions.isDateLine(text)
                    || PublisherFinder.namesInstitution(text)) {
                continue;
            }
            double score = Math.min(15, block.wordCount()) / 3.0 - distanceToBody(segmentation, header, i);
            if (endsBreadcrumb(segmentation, text)) {
                score += 10;
            }
            if (text.contains(" | ")) {
                score -= 3;
            }
            if (score > bestScore) {
                bestScore = score;
                best = titled(text, block.index());
            }
        }
        return best;
    }

    private static boolean isUnmarked(Segmentation segmentation, Block block) {
        String reason = segmentation.reason(block.index());
        return "before the statement".equals(reason) || "outside the statement's begin/end text frame".equals(reason)
                || block.isHeading() && block.removedBy() != null && segmentation.wording(block.index()) == null;
    }

    /**
     * Blocks between a candidate and the statement that could be content (three words or more) and are not
     * date lines, bylines, labels or other marked chrome: an author's name or a count does not push the
     * headline away, a menu or another headline does.
     */
    private double distanceToBody(Segmentation segmentation, List<Block> header, int at) {
        double distance = 0;
        for (int j = at + 1; j < header.size(); j++) {
            Block between = header.get(j);
            if (isUnmarked(segmentation, between) && types.label(between.text()).isEmpty() && between.wordCount() >= 3) {
                distance += 1;
            }
        }
        return distance;
    }

    private static boolean endsBreadcrumb(Segmentation segmentation, String candidate) {
        for (Block block : segmentation.blocks()) {
            if (segmentation.wording(block.index()) == ChromeKind.BREADCRUMB) {
                String crumb = block.text().strip();
                String head = candidate.length() > 30 ? candidate.substring(0, 30) : candidate;
                if (crumb.endsWith(candidate) || crumb.endsWith("…") && crumb.contains(head)) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- derived ----

    private Title derive(Segmentation segmentation) {
        for (Block block : segmentation.body()) {
            if (!TextShape.isProse(block.text())) {
                continue;
            }
            String sentence = firstSentence(DATELINE.matcher(block.text()).replaceFirst(""));
            sentence = PARENTHESES.matcher(sentence).replaceAll("").strip();
            return new Title(shorten(sentence), true, -1, null);
        }
        return new Title("Untitled statement", true, -1, null);
    }

    private static String firstSentence(String text) {
        Matcher m = SENTENCE_END.matcher(text);
        return m.find() ? text.substring(0, m.start()) : text;
    }

    /** The lead's main clause, at most a headline's length: cut at a comma or a phrase of place or time. */
    static String shorten(String sentence) {
        String[] words = sentence.split("\\s+");
        if (words.length <= DERIVED_MAX_WORDS) {
            return trimEnd(sentence);
        }
        Matcher m = CLAUSE_BOUNDARY.matcher(sentence);
        while (m.find()) {
            int before = sentence.substring(0, m.start()).split("\\s+").length;
            if (before >= 6 && before <= DERIVED_MAX_WORDS) {
                return trimEnd(sentence.substring(0, m.start()));
            }
        }
        return trimEnd(String.join(" ", Arrays.copyOf(words, DERIVED_MAX_WORDS))) + "…";
    }

    private static String trimEnd(String text) {
        return text.strip().replaceFirst("[\\s,;:.—–-]+$", "");
    }

    // ---- shared ----

    private static Title titled(String text, int block) {
        String clean = TextShape.collapse(text);
        Integer year = null;
        Matcher m = YEAR_SUFFIX.matcher(clean);
        if (m.find()) {
            year = Integer.parseInt(m.group(1));
            clean = clean.substring(0, m.start()).strip();
        }
        return new Title(clean, false, block, year);
    }

    /** The headline's own block becomes the title; later blocks that only repeat it are cut. */
    private static void markRepeats(Segmentation segmentation, Title title) {
        String text = normalized(title.text());
        for (Block block : segmentation.blocks()) {
            String candidate = normalized(YEAR_SUFFIX.matcher(block.text()).replaceFirst(""));
            if (block.index() == title.block()) {
                segmentation.markTitle(block.index());
            } else if (candidate.equals(text) && segmentation.isBody(block.index())) {
                segmentation.cut(block.index(), "repeats the headline");
            }
        }
    }

    private static int indexOf(Segmentation segmentation, String text) {
        String wanted = normalized(text);
        for (Block block : segmentation.blocks()) {
            if (normalized(block.text()).equals(wanted)) {
                return block.index();
            }
        }
        return -1;
    }

    static boolean similar(String a, String b) {
        String x = normalized(a);
        String y = normalized(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.contains(y) || y.contains(x)) {
            return true;
        }
        Set<String> wordsA = new HashSet<>(List.of(x.split(" ")));
        Set<String> wordsB = new HashSet<>(List.of(y.split(" ")));
        Set<String> common = new HashSet<>(wordsA);
        common.retainAll(wordsB);
        return common.size() >= 0.75 * Math.min(wordsA.size(), wordsB.size());
    }

    private static String normalized(String text) {
        return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
