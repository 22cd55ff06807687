package dev.parley.timex;

import dev.parley.nlp.Sentence;
import dev.parley.nlp.Token;
import java.util.Locale;
import java.util.Set;

/** Whether the clause around a time expression speaks of the past or the future, from the verbs nearest to it. */
enum Tense {
  PAST,
  FUTURE,
  PRESENT;

  private static final Set<String> FUTURE_WORDS = Set.of("will", "'ll", "shall", "wo", "next", "upcoming", "scheduled", "expected", "plans", "planned", "due", "until", "tomorrow");

  /** The tense of the verb nearest to tokens {@code first..last} (a future marker anywhere near wins). */
  static Tense around(Sentence s, int first, int last) {
    int best = Integer.MAX_VALUE;
    Tense tense = PRESENT;
    for (Token t : s.tokens()) {
      if (t.index() >= first && t.index() <= last) {
        continue;
      }
      String w = t.word().toLowerCase(Locale.ROOT);
      int d = t.index() < first ? first - t.index() : t.index() - last;
      Tense here = null;
      if (FUTURE_WORDS.contains(w)) {
        here = FUTURE;
        d -= 2;
      } else if (t.pos().equals("VBD") || (t.pos().equals("VBN") && !w.equals("expected") && !w.equals("scheduled"))) {
        here = PAST;
      } else if (t.pos().equals("VBZ") || t.pos().equals("VBP")) {
        here = PRESENT;
      }
      if (here != null && d < best) {
        best = d;
        tense = here;
      }
    }
    return tense;
  }
}
