package dev.parley.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.text.CodePoints;
import java.util.List;

/**
 * What every list of quotes keeps: spans inside the text and in order, text equal to its span,
 * speaker inside the text.
 */
final class QuoteContract {
  private QuoteContract() {}

  static void check(String text, List<Quote> quotes) {
    int length = text.codePointCount(0, text.length());
    int previous = -1;
    for (Quote q : quotes) {
      assertTrue(
          0 <= q.start() && q.start() <= q.end() && q.end() <= length,
          "span inside the text: " + q);
      assertTrue(q.start() >= previous, "quotes in text order: " + q);
      previous = q.start();
      assertEquals(CodePoints.slice(text, q.start(), q.end()), q.text(), "text is the span");
      if (q.speakerStart() != null) {
        assertTrue(
            0 <= q.speakerStart() && q.speakerStart() < q.speakerEnd() && q.speakerEnd() <= length,
            "speaker inside: " + q);
        assertEquals(CodePoints.slice(text, q.speakerStart(), q.speakerEnd()), q.speakerText());
        assertNotNull(q.speakerName(), "a speaker has a name: " + q);
      }
    }
  }
}
