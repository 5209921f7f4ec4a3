package org.communique.importer.extraction;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which charset a source file is written in and decodes it. The evidence, strongest first: a byte
 * order mark; bytes that are valid UTF-8 (a declaration of a single-byte charset does not override those,
 * since saved pages often keep a stale declaration; UTF-16 without a mark comes first, seen from its zero
 * bytes, since ASCII text in UTF-16 is also valid UTF-8); an HTML meta charset; and finally windows-1252, the superset of ISO-8859-1 that browsers use for Latin text.
 */
final class SourceDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int PRESCAN_BYTES = 4096;
    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    DecodedSource decode(SourceFile file) {
        byte[] bytes = file.bytes();
        // most files are UTF-8 without a mark: decoded as such first, by a decoder that checks them as it goes
        // (null when they are not well-formed), they need no check of their own
        boolean unmarked = byteOrderMark(bytes).isEmpty() && unmarkedUtf16(bytes).isEmpty();
        String utf8 = unmarked ? Utf8.decodeWellFormed(bytes) : null;
        boolean validUtf8 = unmarked ? utf8 != null : isValidUtf8(bytes);
        Charset charset = detect(bytes, file.isHtml(), validUtf8);
        if (charset.equals(StandardCharsets.UTF_8) && byteOrderMark(bytes).isEmpty()) {
            String strict = validUtf8 && utf8 != null ? utf8 : strictUtf8(bytes, validUtf8);
            if (strict != null) {
                return new DecodedSource(file, strict, charset);
            }
        }
        int skip = bomLength(bytes, charset);
        String text = new String(bytes, skip, bytes.length - skip, charset);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return new DecodedSource(file, text, charset);
    }

    /** The charset of the bytes, {@code utf8} telling whether they are valid UTF-8 ({@link #isValidUtf8}). */
    Charset detect(byte[] bytes, boolean html, boolean utf8) {
        Optional<Charset> bom = byteOrderMark(bytes);
        if (bom.isPresent()) {
            return bom.get();
        }
        Optional<Charset> utf16 = unmarkedUtf16(bytes);
        if (utf16.isPresent()) {
            return utf16.get(); // ASCII in UTF-16 is also valid UTF-8 (its zero bytes are NUL characters)
        }
        if (html) {
            Optional<Charset> declared = declaredCharset(bytes);
            if (declared.isPresent()) {
                Charset charset = declared.get();
                boolean singleByteLatin = charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(WINDOWS_1252)
                        || charset.equals(StandardCharsets.US_ASCII);
                if (utf8 && singleByteLatin && hasNonAscii(bytes)) {
                    return StandardCharsets.UTF_8;
                }
                if (charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)) {
                    return WINDOWS_1252; // what browsers do, and it reads curly quotes correctly
                }
                return charset;
            }
        }
        if (utf8) {
            return StandardCharsets.UTF_8;
        }
        return WINDOWS_1252;
    }

    private static Optional<Charset> byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    private static int bomLength(byte[] b, Charset charset) {
        if (byteOrderMark(b).isEmpty()) {
            return 0;
        }
        return charset.equals(StandardCharsets.UTF_8) ? 3 : 2;
    }

    /**
     * Whether the bytes are well-formed UTF-8 (the byte sequences of the Unicode standard's table 3-7, which
     * the strict decoder of {@link #strictUtf8} accepts), checked without decoding them.
     */
    static boolean isValidUtf8(byte[] bytes) {
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            while (i + 8 <= n && ((long) LONGS.get(bytes, i) & 0x8080808080808080L) == 0) {
                i += 8; // eight ASCII bytes at a time: most of a page
            }
            if (i >= n) {
                break;
            }
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length;
            int low = 0x80;
            int high = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                length = 2;
            } else if (b >= 0xE0 && b <= 0xEF) {
                length = 3;
                if (b == 0xE0) {
                    low = 0xA0; // no overlong forms
                } else if (b == 0xED) {
                    high = 0x9F; // no surrogates
                }
            } else if (b >= 0xF0 && b <= 0xF4) {
                length = 4;
                if (b == 0xF0) {
                    low = 0x90;
                } else if (b == 0xF4) {
                    high = 0x8F; // nothing above U+10FFFF
                }
            } else {
                return false;
            }
            if (i + length > n) {
                return false;
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < low || second > high) {
                return false;
            }
            for (int k = 2; k < length; k++) {
                int next = bytes[i + k] & 0xFF;
                if (next < 0x80 || next > 0xBF) {
                    return false;
                }
            }
            i += length;
        }
        return true;
    }

    /** The bytes read as UTF-8, or {@code null} when they are not valid UTF-8 ({@code valid} as {@link #isValidUtf8} found). */
    private static String strictUtf8(byte[] bytes, boolean valid) {
        if (valid) {
            return new String(bytes, StandardCharsets.UTF_8); // valid: the plain decoder reads it alike, faster
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Charset> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.startsWith("utf-16") || name.equals("unicode")) {
            return Optional.empty(); // a UTF-16 page without a BOM could not have been read as ASCII here
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static Optional<Charset> unmarkedUtf16(byte[] b) {
        int sample = Math.min(b.length, 2000) & ~1;
        if (sample < 8) {
            return Optional.empty();
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < sample; i += 2) {
            if (b[i] == 0) {
                zeroEven++;
            }
            if (b[i + 1] == 0) {
                zeroOdd++;
            }
        }
        int pairs = sample / 2;
        if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.05) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.05) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }
}
