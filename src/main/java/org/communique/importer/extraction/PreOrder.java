package org.communique.importer.extraction;

import org.jsoup.nodes.Element;

/**
 * Steps through a subtree's elements in document order (the order of {@code select} and
 * {@code getAllElements}) without building a list of them or visiting the text nodes in between.
 */
final class PreOrder {

    private PreOrder() {
    }

    /** The element after this one in document order within {@code root}, or {@code null} after the last. */
    static Element next(Element element, Element root) {
        Element child = element.firstElementChild();
        if (child != null) {
            return child;
        }
        return nextOutside(element, root);
    }

    /** The first element after this one's subtree in document order within {@code root}, or {@code null}. */
    static Element nextOutside(Element element, Element root) {
        for (Element at = element; at != null && at != root; at = at.parent()) {
            Element sibling = at.nextElementSibling();
            if (sibling != null) {
                return sibling;
            }
        }
        return null;
    }
}
