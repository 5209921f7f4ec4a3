package org.communique.importer.extraction;

import java.util.List;

/** A source file read into blocks in reading order, with the metadata the page carries about itself. */
record Page(List<Block> blocks, PageMetadata metadata, boolean html) {

    Page {
        blocks = List.copyOf(blocks);
    }
}
