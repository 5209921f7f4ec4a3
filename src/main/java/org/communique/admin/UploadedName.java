package org.communique.admin;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a file name an admin's browser sent may become a file of the import folder: a plain name
 * (no folders, no "..", no hidden or control characters) ending in .txt, .html or .htm.
 */
final class UploadedName {

    static final Set<String> EXTENSIONS = Set.of(".txt", ".html", ".htm");
    static final int MAX_LENGTH = 180;
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._() -]{0,179}");

    private UploadedName() {
    }

    /** Why the name is refused, or empty when it is fine. */
    static Optional<String> problem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("the file has no name");
        }
        if (name.chars().allMatch(c -> c == '.' || Character.isWhitespace(c))) {
            return Optional.of("the name '" + printable(name) + "' is not a file name");
        }
        if (name.indexOf('\0') >= 0) {
            return Optional.of("the name '" + printable(name) + "' holds a NUL character, which no file name may hold");
        }
        if (name.contains("%00")) {
            return Optional.of("the name '" + printable(name) + "' holds an encoded NUL character (%00), which no file name"
                    + " may hold");
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of("the name '" + printable(name) + "' is " + name.length() + " characters long; at most "
                    + MAX_LENGTH + " are accepted");
        }
        if (name.contains("/") || name.contains("\\") || name.contains("..")) {
            return Optional.of("the name '" + printable(name) + "' points into another folder; only a plain file name is accepted");
        }
        if (!SAFE.matcher(name).matches()) {
            return Optional.of("the name '" + printable(name) + "' has characters that are not allowed (letters, digits,"
                    + " spaces, '.', '_', '-', '(' and ')' only, starting with a letter or digit)");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (EXTENSIONS.stream().noneMatch(lower::endsWith)) {
            return Optional.of("'" + printable(name) + "' is not a .txt, .html or .htm file");
        }
        return Optional.empty();
    }

    /** A path relative to the import folder that stays inside it (for re-importing one file of the folder). */
    static boolean isSafeRelativePath(String path) {
        if (path == null || path.isBlank() || path.startsWith("/") || path.contains("\\") || path.contains("\0")) {
            return false;
        }
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** The name as pages and the audit log may show it: control and invisible characters as '?', cut at 80. */
    static String printable(String name) {
        if (name == null) {
            return "(no name)";
        }
        String shown = name.replaceAll("[\\p{Cntrl}\\p{Cf}\\p{Co}\\p{Cn}]", "?");
        return shown.length() > 80 ? shown.substring(0, 77) + "..." : shown;
    }
}
