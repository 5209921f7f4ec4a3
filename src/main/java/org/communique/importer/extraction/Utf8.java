package org.communique.importer.extraction;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Decodes well-formed UTF-8 in one pass that also checks it, eight ASCII bytes at a time: the JDK's decoder reads a
 * page byte by byte from its first non-ASCII byte on (a curly quote near the top of most pages), and copies the
 * text once more at the end. Well-formed UTF-8 decodes to one text only, so the result is the JDK's.
 */
final class Utf8 {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private Utf8() {
    }

    /**
     * The bytes decoded, or {@code null} when they are not well-formed UTF-8 (the byte sequences of the Unicode
     * standard's table 3-7, as {@link SourceDecoder#isValidUtf8} checks them).
     */
    static String decodeWellFormed(byte[] bytes) {
        int n = bytes.length;
        int i = 0;
        while (i + 8 <= n && ((long) LONGS.get(bytes, i) & 0x8080808080808080L) == 0) {
            i += 8;
        }
        while (i < n && bytes[i] >= 0) {
            i++;
        }
        if (i == n) {
            return new String(bytes, StandardCharsets.UTF_8); // ASCII alone: the JDK copies it at once
        }
        char[] out = new char[n]; // never more characters than bytes
        // the ASCII run widened by the JDK's vectorised copy (a Latin-1 string's characters), not a byte at a time
        new String(bytes, 0, i, StandardCharsets.ISO_8859_1).getChars(0, i, out, 0);
        int length = decodeFrom(bytes, i, out, i);
        return length < 0 ? null : new String(out, 0, length);
    }

    /** Decodes the bytes from {@code at} into {@code out} from {@code written}: the characters written, or -1 when malformed. */
    private static int decodeFrom(byte[] bytes, int at, char[] out, int written) {
        int n = bytes.length;
        int i = at;
        int o = written;
        while (i < n) {
            if (i + 8 <= n && ((long) LONGS.get(bytes, i) & 0x8080808080808080L) == 0) {
                for (int k = 0; k < 8; k++) {
                    out[o + k] = (char) bytes[i + k];
                }
                i += 8;
                o += 8;
                continue;
            }
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                out[o++] = (char) b;
                i++;
                continue;
            }
            if (b >= 0xC2 && b <= 0xDF) {
                if (i + 1 >= n || !isContinuation(bytes[i + 1], 0x80, 0xBF)) {
                    return -1;
                }
                out[o++] = (char) (((b & 0x1F) << 6) | (bytes[i + 1] & 0x3F));
                i += 2;
            } else if (b >= 0xE0 && b <= 0xEF) {
                int low = b == 0xE0 ? 0xA0 : 0x80; // no overlong forms
                int high = b == 0xED ? 0x9F : 0xBF; // no surrogates
                if (i + 2 >= n || !isContinuation(bytes[i + 1], low, high) || !isContinuation(bytes[i + 2], 0x80, 0xBF)) {
                    return -1;
                }
                out[o++] = (char) (((b & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F));
                i += 3;
            } else if (b >= 0xF0 && b <= 0xF4) {
                int low = b == 0xF0 ? 0x90 : 0x80;
                int high = b == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
                if (i + 3 >= n || !isContinuation(bytes[i + 1], low, high) || !isContinuation(bytes[i + 2], 0x80, 0xBF)
                        || !isContinuation(bytes[i + 3], 0x80, 0xBF)) {
                    return -1;
                }
                int codePoint = ((b & 0x07) << 18) | ((bytes[i + 1] & 0x3F) << 12) | ((bytes[i + 2] & 0x3F) << 6)
                        | (bytes[i + 3] & 0x3F);
                out[o++] = Character.highSurrogate(codePoint);
                out[o++] = Character.lowSurrogate(codePoint);
                i += 4;
            } else {
                return -1;
            }
        }
        return o;
    }

    private static boolean isContinuation(byte b, int low, int high) {
        int value = b & 0xFF;
        return value >= low && value <= high;
    }
}
