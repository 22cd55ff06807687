package dev.parley.quotes;

import java.util.List;
import java.util.Objects;

/**
 * One attributed statement of an article: what was said, whether in the speaker's own words, by
 * whom and to whom. The fields are the {@code quotes} table's contract (with the article's {@code
 * doc} and {@code article_id} and a {@code quote_id} the store adds). Offsets are code points into
 * the article text.
 *
 * @param sentence index of the sentence where the content starts
 * @param start first code point of the content (inside the quotation marks of a direct quote)
 * @param end offset after the content
 * @param text the content as written
 * @param direct whether the content holds the speaker's words in quotation marks (a whole quote, or
 *     reported speech with a quoted part: "said the deal was “a disaster”")
 * @param cue the word that attributes it ("said", "told", "according to", ":"), or null when none
 *     was found
 * @param speakerStart offset of the speaker mention as written here ("he", "the envoy", "Biegun"),
 *     or null when there is no speaker
 * @param speakerEnd offset after the speaker mention, or null
 * @param speakerText the speaker mention as written, or null
 * @param speaker the speaker's CAMEO actor code on the article's date, or null when unresolved
 * @param speakerName who the speaker is: the resolved actor's name, or the person a pronoun or
 *     title points back to, or the mention itself; null when there is no speaker
 * @param addressee to whom it was said, as written ("the Atlantic Council"), or null
 * @param parts the pieces of a direct quote in the speaker's words: one, or more when the
 *     attribution interrupts it ("“We are ready,” he said, “to talk.”", where the span runs from
 *     the first piece to the last and the text holds the attribution too); empty for reported
 *     speech
 */
public record Quote(
    int sentence,
    int start,
    int end,
    String text,
    boolean direct,
    String cue,
    Integer speakerStart,
    Integer speakerEnd,
    String speakerText,
    String speaker,
    String speakerName,
    String addressee,
    List<Part> parts) {

  /** A piece of a quote, in code point offsets. */
  public record Part(int start, int end) {}

  public Quote {
    parts = parts == null ? List.of() : List.copyOf(parts);
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("span: " + start + "-" + end);
    }
    if ((speakerStart == null) != (speakerEnd == null)
        || (speakerStart != null && speakerEnd < speakerStart)) {
      throw new IllegalArgumentException("speaker span: " + speakerStart + "-" + speakerEnd);
    }
  }

  /** Whether a speaker mention was found. */
  public boolean attributed() {
    return speakerStart != null;
  }
}
