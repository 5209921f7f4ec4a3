package org.communique.importer.extraction;

import java.nio.charset.Charset;

/** A source file's text, decoded, with the charset it was decoded from. */
record DecodedSource(SourceFile file, String text, Charset charset) {

    boolean isHtml() {
        return file.isHtml();
    }
}
