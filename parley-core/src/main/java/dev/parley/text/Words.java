package dev.parley.text;

import java.util.Set;

/** Word lists written as one string, so that a list of fifty words reads as a paragraph. */
public final class Words {
  private Words() {}

  /**
   * The words of a space-separated string as an immutable set.
   *
   * @throws IllegalArgumentException when a word is listed twice, which is a slip in the list
   */
  public static Set<String> set(String words) {
    return Set.of(words.strip().split("\\s+"));
  }
}
