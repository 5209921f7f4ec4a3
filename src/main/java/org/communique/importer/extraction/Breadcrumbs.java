package org.communique.importer.extraction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Breadcrumb trails above a statement ("Home > News > Visits"): where a page sits, and often, as the last step,
 * its headline. A headline stands under its page's trail, and a trail that ends with a line names it the headline.
 */
final class Breadcrumbs {

    /**
     * "Home > News > 2007 Press Releases": a trail of links; or two short steps alone on a line ("Media Centre >
     * Statements"), the section a page sits in.
     */
    private static final Pattern BREADCRUMB_TRAIL = Pattern.compile("\\S\\s*(?:>|»|›)\\s*\\S.*(?:>|»|›)|^you are (?:in|here)\\b"
            + "|^\\p{Lu}[\\p{L}&'’-]*(?: [\\p{L}&'’-]+){0,3} (?:>|»|›) \\p{Lu}[\\p{L}&'’-]*(?: [\\p{L}&'’-]+){0,3}$"
            // "Inicio / Prensa / Comunicados": three steps or more set apart by slashes
            + "|^\\p{Lu}[\\p{L}&'’-]*(?: [\\p{L}&'’-]+){0,3}(?: / \\p{Lu}[\\p{L}&'’-]*(?: [\\p{L}&'’-]+){0,3}){2,}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BREADCRUMB_STEP = Pattern.compile("\\s*(?:>|»|›|\\\\|/|\\|)\\s*");
    private static final Pattern TRAILING_PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)\\s*$");

    private Breadcrumbs() {
    }

    /** A line shaped as a trail of links, or as the two steps of a section. */
    static boolean isTrail(String line) {
        return BREADCRUMB_TRAIL.matcher(line).find();
    }

    /** A breadcrumb trail ("Home > News > Visits") between the line and the statement. */
    static boolean below(Segmentation segmentation, List<Block> header, int at) {
        for (int j = at + 1; j < header.size(); j++) {
            Block below = header.get(j);
            if (segmentation.wording(below.index()) == ChromeKind.BREADCRUMB
                    || isTrail(below.text().strip())) {
                return !endWith(segmentation, header.get(at).text());
            }
        }
        return false;
    }

    /** A breadcrumb trail above that ends with the candidate ("Home > Press Releases > Candidate (May 2, 2007)"). */
    static boolean endWith(Segmentation segmentation, String candidate) {
        String wanted = Headlines.normalized(candidate);
        for (Block block : segmentation.header()) {
            String crumb = block.text().strip();
            if (segmentation.wording(block.index()) != ChromeKind.BREADCRUMB && !isTrail(crumb)) {
                continue;
            }
            String[] steps = BREADCRUMB_STEP.split(crumb);
            String tail = Headlines.normalized(TRAILING_PARENTHESES.matcher(steps[steps.length - 1]).replaceFirst(""));
            if (!wanted.isEmpty() && (tail.equals(wanted) || crumb.endsWith("…") && wanted.startsWith(tail)
                    || crumb.endsWith(candidate))) {
                return true;
            }
        }
        return false;
    }
}
