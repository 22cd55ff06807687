package dev.parley.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns the bytes of a plain-text file into text, or says why they are not text. Pure.
 *
 * <ul>
 *   <li>A byte order mark decides the charset (UTF-8, UTF-16 or UTF-32, either order) and is
 *       dropped.
 *   <li>Without one: UTF-16 without a mark when the first 8 KB have NUL bytes at every other
 *       position only (ASCII-range UTF-16); else UTF-8 when the bytes are valid UTF-8; else
 *       Windows-1252, with the warning {@value #NOT_UTF8}.
 *   <li>Binary: a NUL character, or more than {@value #MAX_CONTROL_RATIO} of C0 control characters
 *       (other than tab, line feed, carriage return, form feed, vertical tab, escape) among the
 *       first 8 K characters, rejects the input as {@link Reason#BINARY}.
 *   <li>Line endings are normalised: {@code \r\n}, {@code \r}, U+2028 and U+2029 become {@code \n}.
 * </ul>
 */
public final class TextDecoder {
  /** The warning given when the bytes were not valid UTF-8 and were read as Windows-1252. */
  public static final String NOT_UTF8 = "not valid UTF-8; read as Windows-1252";

  static final int SNIFF = 8192;
  static final double MAX_CONTROL_RATIO = 0.05;

  /** Windows-1252 for bytes 0x80..0x9F; the five unassigned bytes map to the C1 control point. */
  private static final char[] CP1252_HIGH = {
    '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
    '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
    '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
    '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178'
  };

  private TextDecoder() {}

  /** What decoding gave: text, or a rejection. */
  public sealed interface Result permits Decoded, Rejected {}

  /**
   * Decoded text with normalised line endings.
   *
   * @param text the text (empty for an empty input)
   * @param warnings problems that did not stop decoding, e.g. {@value #NOT_UTF8}
   */
  public record Decoded(String text, List<String> warnings) implements Result {
    public Decoded {
      Objects.requireNonNull(text, "text");
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * The bytes are not text.
   *
   * @param reason the kind of rejection
   * @param detail what was seen, e.g. "NUL bytes in the first 8 KB"
   */
  public record Rejected(Reason reason, String detail) implements Result {
    public Rejected {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(detail, "detail");
    }

    /** One line for the user: "binary file (NUL bytes in the first 8 KB)". */
    public String message() {
      return reason.phrase() + " (" + detail + ")";
    }
  }

  /** Why bytes were rejected. */
  public enum Reason {
    BINARY("binary file");

    private final String phrase;

    Reason(String phrase) {
      this.phrase = phrase;
    }

    public String phrase() {
      return phrase;
    }
  }

  /** Decodes the bytes of one file. */
  public static Result decode(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    List<String> warnings = new ArrayList<>();
    String text = withBom(bytes);
    if (text == null && starts(bytes, 0xEF, 0xBB, 0xBF)) {
      text = windows1252(bytes, 3);
      warnings.add(NOT_UTF8);
    }
    if (text == null) {
      Charset utf16 = utf16WithoutBom(bytes);
      if (utf16 != null) {
        text = strict(bytes, 0, utf16);
        if (text != null) {
          warnings.add("no byte order mark; read as " + utf16.name());
        }
      }
    }
    if (text == null) {
      text = strict(bytes, 0, StandardCharsets.UTF_8);
      if (text == null) {
        text = windows1252(bytes, 0);
        warnings.add(NOT_UTF8);
      }
    }
    String binary = binaryEvidence(text);
    if (binary != null) {
      return new Rejected(Reason.BINARY, binary);
    }
    return new Decoded(normaliseLineEndings(text), warnings);
  }

  /** Replaces {@code \r\n}, {@code \r}, U+2028 and U+2029 with {@code \n}. */
  public static String normaliseLineEndings(String s) {
    return s.replace("\r\n", "\n")
        .replace('\r', '\n')
        .replace('\u2028', '\n')
        .replace('\u2029', '\n');
  }

  private static String withBom(byte[] b) {
    if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
      return lenient(b, 4, Charset.forName("UTF-32BE"));
    }
    if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
      return lenient(b, 4, Charset.forName("UTF-32LE"));
    }
    if (starts(b, 0xEF, 0xBB, 0xBF)) {
      return strict(b, 3, StandardCharsets.UTF_8); // null: invalid after the mark
    }
    if (starts(b, 0xFE, 0xFF)) {
      return lenient(b, 2, StandardCharsets.UTF_16BE);
    }
    if (starts(b, 0xFF, 0xFE)) {
      return lenient(b, 2, StandardCharsets.UTF_16LE);
    }
    return null;
  }

  /** UTF-16 without a mark: NULs at every other byte only, as ASCII-range UTF-16 has. */
  private static Charset utf16WithoutBom(byte[] b) {
    int n = Math.min(b.length, SNIFF) & ~1;
    if (n < 4) {
      return null;
    }
    int zeroEven = 0;
    int zeroOdd = 0;
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        if ((i & 1) == 0) {
          zeroEven++;
        } else {
          zeroOdd++;
        }
      }
    }
    int pairs = n / 2;
    if (zeroEven == 0 && zeroOdd * 2 >= pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (zeroOdd == 0 && zeroEven * 2 >= pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static boolean starts(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Decodes strictly; null when the bytes are not valid in the charset. */
  private static String strict(byte[] b, int offset, Charset cs) {
    try {
      CharBuffer out =
          cs.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(b, offset, b.length - offset));
      return out.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** A byte order mark is a strong claim: decode with it, replacing bad sequences by U+FFFD. */
  private static String lenient(byte[] b, int offset, Charset cs) {
    return new String(b, offset, b.length - offset, cs);
  }

  private static String windows1252(byte[] b, int offset) {
    char[] out = new char[b.length - offset];
    for (int i = offset; i < b.length; i++) {
      int v = b[i] & 0xFF;
      out[i - offset] = v >= 0x80 && v <= 0x9F ? CP1252_HIGH[v - 0x80] : (char) v;
    }
    return new String(out);
  }

  /** Why the text looks binary, or null. Looks at the first {@value #SNIFF} characters. */
  private static String binaryEvidence(String text) {
    int n = Math.min(text.length(), SNIFF);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return "NUL bytes in the first 8 KB";
      }
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B && c != 0x1B)
          || c == 0x7F) {
        controls++;
      }
    }
    if (n > 0 && controls > MAX_CONTROL_RATIO * n) {
      return String.format(
          java.util.Locale.ROOT, "%d control characters in the first %d", controls, n);
    }
    return null;
  }
}
