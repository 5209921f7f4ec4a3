package org.communique.web;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Says that the page being rendered is not to be kept for other readers, though it is answered: it shows
 * less than it would at another moment (a search cut short by its time limit counts and lists only what it
 * found in time). Outside a request it does nothing.
 */
public final class NotToBeKept {

    static final String ATTRIBUTE = NotToBeKept.class.getName();

    private NotToBeKept() {
    }

    /** The page of the current request is answered but not kept. */
    public static void thisPage() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
