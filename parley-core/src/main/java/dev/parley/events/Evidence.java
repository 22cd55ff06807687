package dev.parley.events;

/**
 * One sentence that states an event. An event stated twice in an article (the lead and a later
 * paragraph) has two; the first in text order need not be the event's own sentence (see {@link
 * Restatements}).
 *
 * @param sentenceIndex index of the sentence in the article
 * @param start code point offset of the sentence in the article text
 * @param end code point offset after it
 */
public record Evidence(int sentenceIndex, int start, int end) {
  public Evidence {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "evidence span must satisfy 0 <= start <= end: " + start + ", " + end);
    }
  }
}
