package org.communique.web;

/** Anything a URL names that the archive does not have: answered with 404 and our own page. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
