package org.communique.importer.extraction;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * Readability's scores: each paragraph of enough text scores its parent and, less and less, four more ancestors
 * (by its commas and length), each scored element starting from what its tag (and, in the stricter attempts, its
 * class) says of it, every score then weighed down by the element's link density.
 */
final class CandidateScores {

    private static final int TOP_CANDIDATES = 5;
    private static final Set<String> SCORED_KINDS_TAGS = Set.of("p", "pre", "td", "h2", "h3", "h4", "h5", "h6", "section");

    private final Map<Element, Double> scores;

    private CandidateScores(Map<Element, Double> scores) {
        this.scores = scores;
    }

    /** The scores of the body's elements that text feeds; with the classes' weights when {@code weightClasses}. */
    static CandidateScores of(Element body, boolean weightClasses, HtmlHints hints) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element element : body.getAllElements()) {
            Contribution contribution = contribution(element);
            if (contribution == null || contribution.feeds() == null) {
                continue;
            }
            Element scoringParent = contribution.feeds();
            int length = contribution.text().latinLength();
            if (length < 25) {
                continue;
            }
            double contentScore = 1 + (contribution.text().commas() + 1) + Math.min(Math.floor(length / 100.0), 3);
            Element ancestor = scoringParent;
            for (int level = 0; level < 5 && ancestor != null && ancestor != body.parent(); level++) {
                if (ancestor.normalName().equals("#root")) {
                    break;
                }
                scores.computeIfAbsent(ancestor, a -> initialScore(a, weightClasses, hints));
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, contentScore / divider, Double::sum);
                ancestor = ancestor.parent();
            }
        }
        TextLengths lengths = TextLengths.of(body, scores.keySet()); // the link densities of the scored elements only
        scores.replaceAll((element, score) -> score * (1 - lengths.linkDensity(element)));
        return new CandidateScores(scores);
    }

    /** What a text element adds to the scores: the element whose score it feeds, and the text it feeds it with. */
    private record Contribution(Element feeds, TextLength.Collapsed text) {
    }

    private static Contribution contribution(Element element) {
        String tag = element.normalName();
        if (SCORED_KINDS_TAGS.contains(tag)) {
            return new Contribution(element.parent(), TextLength.Collapsed.of(element));
        }
        if (!tag.equals("div") && !tag.equals("article") && !tag.equals("main")) {
            return null;
        }
        boolean hasBlockChild = false;
        for (Element child = element.firstElementChild(); child != null && !hasBlockChild; child = child.nextElementSibling()) {
            hasBlockChild = HtmlBlocks.BLOCK_TAGS.contains(child.normalName()); // no list of the children built
        }
        if (!hasBlockChild) {
            return new Contribution(element.parent(), TextLength.Collapsed.of(element));
        }
        String looseText = element.ownText();
        return looseText.length() >= 25 ? new Contribution(element, TextLength.Collapsed.of(looseText)) : null;
    }

    private static double initialScore(Element element, boolean weightClasses, HtmlHints hints) {
        double score = switch (element.normalName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + (weightClasses ? hints.classWeight(element) : 0);
    }

    /**
     * The best-scoring candidate, or the ancestor it shares with three runners-up, climbing while the parent scores
     * about as well (the article may be split across several children) and out of containers of one child.
     */
    Element top(Element body) {
        List<Element> ranked = new ArrayList<>(scores.keySet());
        ranked.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));
        if (ranked.isEmpty() || ranked.get(0) == body) {
            return body;
        }
        Element top = ranked.get(0);
        double topScore = scores.get(top);
        top = commonAlternative(top, topScore, ranked.subList(1, Math.min(TOP_CANDIDATES, ranked.size())), scores, body);
        // climb while the parent scores about as well: the article may be split across several children
        Element parent = top.parent();
        double lastScore = scores.getOrDefault(top, topScore);
        double threshold = lastScore / 3;
        while (parent != null && parent != body && !parent.normalName().equals("#root")) {
            Double parentScore = scores.get(parent);
            if (parentScore == null) {
                parent = parent.parent();
                continue;
            }
            if (parentScore < threshold) {
                break;
            }
            if (parentScore > lastScore) {
                top = parent;
                break;
            }
            lastScore = parentScore;
            parent = parent.parent();
        }
        while (top.parent() != null && top.parent() != body && top.parent().children().size() == 1) {
            top = top.parent();
        }
        return top;
    }

    /** When three of the runners-up share an ancestor with the winner, that ancestor holds the article. */
    private static Element commonAlternative(Element top, double topScore, List<Element> others,
                                             Map<Element, Double> scores, Element body) {
        List<List<Element>> alternativeAncestors = new ArrayList<>();
        for (Element other : others) {
            if (scores.get(other) / topScore >= 0.75) {
                alternativeAncestors.add(other.parents());
            }
        }
        if (alternativeAncestors.size() < 3) {
            return top;
        }
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            int containing = 0;
            for (List<Element> ancestors : alternativeAncestors) {
                if (containsIdentical(ancestors, parent)) {
                    containing++;
                }
            }
            if (containing >= 3) {
                return parent;
            }
        }
        return top;
    }

    private static boolean containsIdentical(List<Element> elements, Element wanted) {
        for (Element element : elements) {
            if (element == wanted) {
                return true;
            }
        }
        return false;
    }

    /** The winner and those of its siblings that score well, or that are paragraphs of prose rather than links. */
    List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null || top.normalName().equals("body")) {
            return List.of(top);
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> article = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                article.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && sibling.className().equals(top.className()) ? topScore * 0.2 : 0;
            Double siblingScore = scores.get(sibling);
            if (siblingScore != null && siblingScore + bonus >= threshold) {
                article.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                double density = MainContentLocator.linkDensity(sibling);
                String text = TextShape.collapse(sibling.text());
                if ((TextShape.latinLength(text) > 80 && density < 0.25)
                        || (text.length() > 0 && text.length() < 80 && density == 0 && text.matches(".*\\.( |$).*"))) {
                    article.add(sibling);
                }
            }
        }
        return article;
    }
}
