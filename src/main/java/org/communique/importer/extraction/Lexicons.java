package org.communique.importer.extraction;

/**
 * The word lists and patterns of the extractor's steps, as read from the files under {@code extraction/}: read
 * and compiled once for the whole application (200–500 ms a time, once for each extractor before), as they never
 * change while it runs. Every step only reads them, so extractors on several threads share them; each extractor
 * still holds its own registry of officials.
 */
record Lexicons(HtmlHints hints, TypeCues cues, Gazetteer gazetteer, RoleLexicon roles, ChromeMarkers markers,
                GivenNames givenNames, PublisherKinds publisherKinds) {

    /** The lexicons, loaded on first use (a class's initialisation publishes them to every thread). */
    static Lexicons bundled() {
        return Loaded.LEXICONS;
    }

    private static final class Loaded {
        static final Lexicons LEXICONS = new Lexicons(HtmlHints.load(), TypeCues.load(), Gazetteer.load(),
                RoleLexicon.load(), ChromeMarkers.load(), GivenNames.load(), PublisherKinds.load());
    }
}
