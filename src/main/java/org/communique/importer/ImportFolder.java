package org.communique.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.communique.importer.extraction.ExtractionBudget;
import org.communique.importer.extraction.SourceTooHeavy;

/**
 * The import folder as a boundary: what lies in it may be read, nothing else. A path is taken relative to
 * the folder, spelled with forward slashes only, without {@code ..}, and resolved to its real path, which
 * must lie inside the folder's real path (a symbolic link that points out of the folder is refused). Only
 * regular files are read (a FIFO, a device or a socket is refused, never opened, so nothing blocks), and
 * never more than the size budget.
 */
public final class ImportFolder {

    static final Set<String> EXTENSIONS = Set.of(".txt", ".html", ".htm");

    private final Path folder;

    public ImportFolder(Path folder) {
        this.folder = folder;
    }

    /** A file of the folder that cannot be read as a source, with the reason in words. */
    public static final class Refused extends Exception {
        Refused(String reason) {
            super(reason);
        }
    }

    /**
     * The files under the folder whose names end in .txt, .html or .htm, as paths relative to it, in order.
     * Symbolic links and special files are listed too (they are refused, with a reason, when read), so that
     * a run's report names every file it did not take.
     */
    public List<String> sourceFiles() throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("The import folder " + folder.toAbsolutePath() + " does not exist or is not a folder");
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> !p.equals(folder))
                    .filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> hasSourceExtension(p.getFileName().toString()))
                    .map(p -> folder.relativize(p).toString())
                    .sorted().toList();
        }
    }

    static boolean hasSourceExtension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    /**
     * The real path of a file of the folder, after checking that it lies inside the folder and is a regular
     * file within the size budget.
     */
    public Path resolve(String relative, ExtractionBudget budget) throws Refused, IOException {
        String problem = spellingProblem(relative);
        if (problem != null) {
            throw new Refused(problem);
        }
        Path root = folder.toRealPath();
        Path real;
        try {
            real = root.resolve(relative).toRealPath();
        } catch (NoSuchFileException e) {
            throw new Refused("the file is not in the import folder (or it is a link to a file that does not exist)");
        }
        if (!real.startsWith(root)) {
            throw new Refused("the file is a link to a file outside the import folder; only files inside it are read");
        }
        BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile()) {
            throw new Refused("it is " + kind(real, attributes) + ", not a regular file; only regular files are read");
        }
        if (attributes.size() > budget.maxBytes()) {
            throw new Refused(SourceTooHeavy.overSize(attributes.size(), budget).getMessage());
        }
        return real;
    }

    /** The bytes of a file of the folder (see {@link #resolve}). */
    public byte[] read(String relative, ExtractionBudget budget) throws Refused, IOException {
        return readBounded(resolve(relative, budget), budget);
    }

    /** Reads at most the budget's size from a regular file, refusing a file that grew past it meanwhile. */
    public static byte[] readBounded(Path regularFile, ExtractionBudget budget) throws Refused, IOException {
        try (InputStream in = Files.newInputStream(regularFile, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, budget.maxBytes() + 1));
            if (bytes.length > budget.maxBytes()) {
                throw new Refused(SourceTooHeavy.overSize(bytes.length, budget).getMessage());
            }
            return bytes;
        }
    }

    /** Why a relative path may not name a file of the folder, or {@code null} when it may. */
    static String spellingProblem(String relative) {
        if (relative == null || relative.isBlank()) {
            return "the file has no name";
        }
        if (relative.indexOf('\\') >= 0) {
            return "the name holds a backslash, which could point into another folder; such names are not read";
        }
        if (relative.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            return "the name holds control characters; such names are not read";
        }
        if (relative.startsWith("/") || Path.of(relative).isAbsolute()) {
            return "the path is absolute; only paths inside the import folder are read";
        }
        for (String part : relative.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return "the path '" + relative + "' steps out of its folder; only paths inside the import folder are read";
            }
        }
        return null;
    }

    private static String kind(Path path, BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return "a folder";
        }
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            switch (mode & 0170000) {
                case 0010000: return "a FIFO (a named pipe)";
                case 0020000: return "a character device";
                case 0060000: return "a block device";
                case 0140000: return "a socket";
                default: break;
            }
        } catch (IOException | RuntimeException e) {
            // not a Unix file system: say it in general words
        }
        return "a special file (a FIFO, a device or a socket)";
    }
}
