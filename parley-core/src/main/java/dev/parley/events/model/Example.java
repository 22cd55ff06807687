package dev.parley.events.model;

/**
 * One training sentence: its label (a CAMEO base code, or {@link EventClassifier#NONE}), its news
 * style, and its text with the source span marked {@code <s>…</s>} and the target {@code <t>…</t>}.
 *
 * @param origin file and line, for error messages
 */
public record Example(String label, String style, String marked, String origin) {

  /** Whether this example belongs to the held-out split (about one in ten, fixed by its text). */
  public boolean heldOut() {
    return Math.floorMod(stableHash(marked), 10) == 0;
  }

  /**
   * FNV-1a over the UTF-16 units: the same on every JVM, unlike {@code String.hashCode} salting.
   */
  static int stableHash(String s) {
    int h = 0x811c9dc5;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x01000193;
    }
    return h;
  }
}
