package org.communique.importer.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

import org.jsoup.nodes.Element;

/**
 * The subtrees an attempt cut from the page, in the order it cut them, each with the element it stood in and
 * its place there, so that they can be put back, last cut first, leaving the page as it was parsed.
 */
final class PageCuts {
    private record Cut(Element element, Element parent, int index) {
    }

    private final List<Cut> cuts = new ArrayList<>();

    void cut(Element element) {
        cuts.add(new Cut(element, element.parent(), element.siblingIndex()));
        element.remove();
    }

    /** Puts every cut subtree back: the page as parsed, for another attempt. */
    void putBack() {
        restore();
        cuts.clear();
    }

    /** Reads the page as parsed: the cut subtrees put back for the reading, and cut again after it. */
    int readUncut(IntSupplier reading) {
        restore();
        try {
            return reading.getAsInt();
        } finally {
            for (Cut cut : cuts) {
                cut.element().remove();
            }
        }
    }

    private void restore() {
        for (int i = cuts.size() - 1; i >= 0; i--) {
            Cut cut = cuts.get(i);
            cut.parent().insertChildren(cut.index(), cut.element());
        }
    }
}
