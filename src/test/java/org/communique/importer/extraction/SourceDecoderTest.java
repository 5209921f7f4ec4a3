package org.communique.importer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Every common way a saved page is encoded reads back as the same text. */
class SourceDecoderTest {

    private static final String TEXT = "The minister’s visit to Türkiye — “a new chapter”, said Hoşyar.";
    private static final String LATIN = "The minister’s visit to Türkiye — “a new chapter”, said the envoy.";
    private final SourceDecoder decoder = new SourceDecoder();

    @Test
    void readsUtf8WithAndWithoutAByteOrderMark() {
        assertThat(decode("page.txt", TEXT.getBytes(StandardCharsets.UTF_8))).isEqualTo(TEXT);
        assertThat(decode("page.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                TEXT.getBytes(StandardCharsets.UTF_8)))).isEqualTo(TEXT);
    }

    @Test
    void readsUtf16WithAByteOrderMarkEitherWay() {
        assertThat(decode("page.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                TEXT.getBytes(StandardCharsets.UTF_16LE)))).isEqualTo(TEXT);
        assertThat(decode("page.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                TEXT.getBytes(StandardCharsets.UTF_16BE)))).isEqualTo(TEXT);
    }

    @Test
    void readsUtf16WithoutAByteOrderMarkFromItsZeroBytes() {
        String ascii = "Joint Statement\n\nThe two delegations met in Washington on July 26, 2021.";
        assertThat(decode("page.txt", ascii.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(ascii);
        assertThat(decode("page.txt", ascii.getBytes(StandardCharsets.UTF_16BE))).isEqualTo(ascii);
        String page = "<html><body><p>" + ascii + "</p></body></html>";
        assertThat(decode("page.html", page.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(page);
    }

    @Test
    void readsWindows1252TextWithItsCurlyQuotes() {
        assertThat(decode("page.txt", LATIN.getBytes(Charset.forName("windows-1252")))).isEqualTo(LATIN);
    }

    @Test
    void followsAnHtmlMetaCharset() {
        String page = "<html><head><meta charset=\"koi8-r\"><title>Заявление</title></head><body><p>Заявление министра</p></body></html>";
        assertThat(decode("page.html", page.getBytes(Charset.forName("KOI8-R")))).contains("Заявление министра");
    }

    @Test
    void validUtf8BeatsAStaleLatin1Declaration() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head>"
                + "<body><p>" + TEXT + "</p></body></html>";
        assertThat(decode("page.html", page.getBytes(StandardCharsets.UTF_8))).contains(TEXT);
    }

    @Test
    void iso88591DeclaredPagesAreReadAsBrowsersDo() {
        String page = "<html><head><meta charset=\"ISO-8859-1\"></head><body><p>" + LATIN + "</p></body></html>";
        assertThat(decode("page.htm", page.getBytes(Charset.forName("windows-1252")))).contains(LATIN);
    }

    private String decode(String name, byte[] bytes) {
        return decoder.decode(new SourceFile(name, bytes)).text();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void utf8CheckAgreesWithTheStrictDecoder() {
        for (int a = 0; a < 256; a++) {
            for (int b = 0; b < 256; b++) {
                byte[] bytes = {(byte) a, (byte) b};
                assertThat(SourceDecoder.isValidUtf8(bytes)).as("%02x %02x", a, b).isEqualTo(decodesStrictly(bytes));
            }
        }
        java.util.Random random = new java.util.Random(8);
        for (int n = 0; n < 300_000; n++) {
            byte[] bytes = new byte[1 + random.nextInt(6)];
            random.nextBytes(bytes);
            bytes[0] = (byte) (0xC0 + random.nextInt(64)); // a leading byte of a multi-byte sequence, or an invalid one
            for (int i = 1; i < bytes.length; i++) {
                if (random.nextInt(4) > 0) {
                    bytes[i] = (byte) (0x80 + random.nextInt(64)); // mostly continuation bytes
                }
            }
            assertThat(SourceDecoder.isValidUtf8(bytes)).as(java.util.HexFormat.of().formatHex(bytes))
                    .isEqualTo(decodesStrictly(bytes));
        }
        assertThat(SourceDecoder.isValidUtf8(TEXT.getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    /** The decoder takes bytes whose plain decoding holds no U+FFFD for valid UTF-8 without checking them. */
    @Test
    void aDecodingWithoutReplacementCharacterIsOfValidUtf8() {
        for (int a = 0; a < 256; a++) {
            for (int b = 0; b < 256; b++) {
                for (int c : new int[] {0x41, 0x80, 0x8F, 0x9F, 0xA0, 0xBF, 0xC0}) {
                    byte[] bytes = {(byte) a, (byte) b, (byte) c};
                    if (new String(bytes, StandardCharsets.UTF_8).indexOf('\uFFFD') < 0) {
                        assertThat(SourceDecoder.isValidUtf8(bytes)).as("%02x %02x %02x", a, b, c).isTrue();
                    }
                }
            }
        }
        java.util.Random random = new java.util.Random(97);
        for (int n = 0; n < 300_000; n++) {
            byte[] bytes = new byte[1 + random.nextInt(12)];
            random.nextBytes(bytes);
            for (int i = 0; i < bytes.length; i++) {
                if (random.nextInt(3) == 0) {
                    bytes[i] = (byte) (0x80 + random.nextInt(64));
                } else if (random.nextInt(3) == 0) {
                    bytes[i] = (byte) (0xE0 + random.nextInt(32));
                }
            }
            if (new String(bytes, StandardCharsets.UTF_8).indexOf('\uFFFD') < 0) {
                assertThat(SourceDecoder.isValidUtf8(bytes)).as(java.util.HexFormat.of().formatHex(bytes)).isTrue();
            }
        }
        String text = "caf\u00e9 \uFFFD is \u4e2d \uD83D\uDE00";
        assertThat(new SourceDecoder().decode(new SourceFile("a.txt", text.getBytes(StandardCharsets.UTF_8))).text())
                .isEqualTo(text); // a replacement character written in the file is read as itself
    }

    /** The hand-written decoder reads well-formed UTF-8 as the JDK's decoder does, and refuses what the strict one refuses. */
    @Test
    void wellFormedUtf8IsDecodedAsTheJdkDecodesIt() {
        for (int a = 0; a < 256; a++) {
            for (int b = 0; b < 256; b++) {
                for (int c : new int[] {0x41, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0}) {
                    assertDecodedAsTheJdkDoes(new byte[] {(byte) a, (byte) b, (byte) c});
                    for (int d : new int[] {0x41, 0x80, 0xBF, 0xC0}) {
                        assertDecodedAsTheJdkDoes(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
                    }
                }
            }
        }
        java.util.Random random = new java.util.Random(101);
        String[] pieces = {"a", "plain ASCII text of some length", "é", "’", "中", "\uD83D\uDE00", "\uFFFD", "\u0000", "\u007F",
                "\u0080", "\u07FF", "\u0800", "\uFFFF", "\uD7FF", "\uE000", "\uDBFF\uDFFF"};
        for (int n = 0; n < 300_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            if (bytes.length > 0 && random.nextInt(4) == 0) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256); // often malformed then
            }
            if (bytes.length > 0 && random.nextInt(8) == 0) {
                bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length)); // maybe cut in a sequence
            }
            assertDecodedAsTheJdkDoes(bytes);
        }
    }

    private static void assertDecodedAsTheJdkDoes(byte[] bytes) {
        String decoded = Utf8.decodeWellFormed(bytes);
        boolean agrees = (decoded != null) == decodesStrictly(bytes) && (decoded != null) == SourceDecoder.isValidUtf8(bytes)
                && (decoded == null || decoded.equals(new String(bytes, StandardCharsets.UTF_8)));
        if (!agrees) { // described only when it fails: millions of inputs are asked
            String hex = java.util.HexFormat.of().formatHex(bytes);
            assertThat(decoded != null).as(hex).isEqualTo(decodesStrictly(bytes));
            assertThat(decoded != null).as(hex).isEqualTo(SourceDecoder.isValidUtf8(bytes));
            assertThat(decoded).as(hex).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    private static boolean decodesStrictly(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }
}
