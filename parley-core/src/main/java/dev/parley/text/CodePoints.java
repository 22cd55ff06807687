package dev.parley.text;

/**
 * Converts between Java's UTF-16 indices and the Unicode code point offsets that Parley's records
 * and JSONL contracts use (so that Python's {@code text[start:end]} is the evidence).
 */
public final class CodePoints {
  private final String text;
  private final int[] cpAtChar; // code point offset for each UTF-16 index 0..length

  public CodePoints(String text) {
    this.text = text;
    this.cpAtChar = new int[text.length() + 1];
    int cp = 0;
    for (int i = 0; i < text.length(); i++) {
      cpAtChar[i] = cp;
      if (!(Character.isLowSurrogate(text.charAt(i))
          && i > 0
          && Character.isHighSurrogate(text.charAt(i - 1)))) {
        cp++;
      } else {
        cpAtChar[i] = cp - 1;
      }
    }
    cpAtChar[text.length()] = cp;
  }

  /** The code point offset of a UTF-16 index (0..length inclusive). */
  public int toCodePoint(int charIndex) {
    return cpAtChar[charIndex];
  }

  /** The UTF-16 index of a code point offset. */
  public int toChar(int codePointOffset) {
    return text.offsetByCodePoints(0, codePointOffset);
  }

  /** The text between two code point offsets. */
  public static String slice(String text, int cpBegin, int cpEnd) {
    int b = text.offsetByCodePoints(0, cpBegin);
    int e = text.offsetByCodePoints(b, cpEnd - cpBegin);
    return text.substring(b, e);
  }
}
