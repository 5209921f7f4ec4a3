package org.communique.importer.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/** One source file as read from disk or uploaded: its name (which tells text from HTML) and its raw bytes. */
public record SourceFile(String name, byte[] bytes) {

    public SourceFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
    }

    public static SourceFile read(Path path) throws IOException {
        return new SourceFile(path.getFileName().toString(), Files.readAllBytes(path));
    }

    /** HTML by its extension ({@code .html}, {@code .htm}, {@code .xhtml}); anything else is a text rendering. */
    public boolean isHtml() {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml");
    }

    public String mediaType() {
        return isHtml() ? "text/html" : "text/plain";
    }
}
