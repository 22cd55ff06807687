package dev.parley.timex;

import dev.parley.nlp.Dependency;
import dev.parley.nlp.Sentence;
import dev.parley.nlp.Token;
import dev.parley.text.Words;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether the clause of a time expression speaks of the past or the future. On a parsed sentence,
 * the tense of the verb that governs the expression ("will land late Saturday" is future whatever
 * "after he finishes" says after it); without a parse, the verbs of the expression's own clause,
 * cut at commas and subordinating words, and then the verb nearest to it.
 */
enum Tense {
  PAST,
  FUTURE,
  PRESENT;

  private static final Set<String> FUTURE_WORDS =
      Words.set(
          """
          will 'll shall wo next upcoming scheduled expected plans due tomorrow
          """);

  /** Auxiliaries that make their verb future. */
  private static final Set<String> FUTURE_AUX = Set.of("will", "'ll", "shall", "wo");

  /**
   * Verbs and adjectives whose infinitive complement lies ahead ("plans to visit Saturday", "is due
   * to arrive").
   */
  private static final Set<String> AHEAD =
      Words.set(
          """
          plan expect schedule due set intend aim hope prepare want going likely
          poised slate
          """);

  /** Words that start a new clause, for the unparsed reading. */
  private static final Set<String> CLAUSE_STARTS =
      Words.set(
          """
          after before when while because since as if although though until
          unless that which who
          """);

  /** The tense of the clause of tokens {@code first..last}. */
  static Tense of(Sentence s, int first, int last) {
    if (s.parsed()) {
      Optional<Tense> governed = governing(s, first, last);
      if (governed.isPresent()) {
        return governed.get();
      }
    }
    return inClause(s, first, last).orElseGet(() -> around(s, first, last));
  }

  /** The tense of the verb that governs the expression on the parse, if a verb does. */
  static Optional<Tense> governing(Sentence s, int first, int last) {
    int head = -1;
    for (int i = first; i <= last; i++) {
      Optional<Dependency> d = s.head(i);
      if (d.isPresent() && (d.get().governor() < first || d.get().governor() > last)) {
        head = i;
        break;
      }
    }
    if (head < 0) {
      return Optional.empty();
    }
    int v = s.head(head).map(Dependency::governor).orElse(-1);
    for (int hop = 0; hop < 4 && v >= 0; hop++) {
      Token t = s.tokens().get(v);
      if (t.pos().startsWith("VB") || hasAux(s, v)) {
        return Optional.of(verbTense(s, v, 0));
      }
      v = s.head(v).map(Dependency::governor).orElse(-1);
    }
    return Optional.empty();
  }

  private static boolean hasAux(Sentence s, int v) {
    for (Dependency d : s.children(v)) {
      if (d.relation().startsWith("aux") || d.relation().equals("cop")) {
        return true;
      }
    }
    return false;
  }

  /** The tense of verb (or predicate) {@code v} from its auxiliaries and tag. */
  private static Tense verbTense(Sentence s, int v, int depth) {
    Token verb = s.tokens().get(v);
    boolean infinitive = false;
    Tense fromAux = null;
    for (Dependency d : s.children(v)) {
      Token a = s.tokens().get(d.dependent());
      boolean infinitiveMark = d.relation().equals("mark") && a.pos().equals("TO");
      if (!d.relation().startsWith("aux") && !d.relation().equals("cop") && !infinitiveMark) {
        continue;
      }
      String w = lower(a.word());
      if (FUTURE_AUX.contains(w)) {
        return FUTURE;
      }
      if (a.pos().equals("TO")) {
        infinitive = true;
      } else if (a.pos().equals("VBD") || (a.pos().equals("VBN") && fromAux == null)) {
        fromAux = PAST;
      } else if ((a.pos().equals("VBZ") || a.pos().equals("VBP")) && fromAux == null) {
        // "has met" is past; "is meeting Saturday" is ahead
        String lemma = lower(a.lemma());
        fromAux = lemma.equals("have") ? PAST : verb.pos().equals("VBG") ? FUTURE : PRESENT;
      }
    }
    if (infinitive && depth < 3) {
      // "plans to visit on Saturday", "is expected to arrive": the verb it completes decides
      Optional<Dependency> up = s.head(v);
      if (up.isPresent() && up.get().governor() >= 0) {
        int g = up.get().governor();
        if (AHEAD.contains(lower(s.tokens().get(g).lemma()))) {
          return FUTURE;
        }
        return verbTense(s, g, depth + 1);
      }
      return PRESENT;
    }
    if (fromAux != null) {
      return fromAux;
    }
    String pos = verb.pos();
    if (pos.equals("VBD") || pos.equals("VBN")) {
      return PAST;
    }
    return PRESENT;
  }

  /** Without a parse: a future word or the nearest verb inside the expression's own clause. */
  static Optional<Tense> inClause(Sentence s, int first, int last) {
    int from = first;
    while (from - 1 >= 0 && !boundary(s.tokens().get(from - 1))) {
      from--;
    }
    int to = last;
    while (to + 1 < s.tokens().size() && !boundary(s.tokens().get(to + 1))) {
      to++;
    }
    return Optional.ofNullable(nearest(s, from, to, first, last));
  }

  /**
   * The tense of the verb nearest to tokens {@code first..last} among tokens {@code from..to}; a
   * future marker counts as two tokens nearer. Null when there is no verb.
   */
  private static Tense nearest(Sentence s, int from, int to, int first, int last) {
    Tense tense = null;
    int best = Integer.MAX_VALUE;
    for (int i = from; i <= to; i++) {
      if (i >= first && i <= last) {
        continue;
      }
      Token t = s.tokens().get(i);
      int d = i < first ? first - i : i - last;
      Tense here = tagTense(s, i);
      if (FUTURE_WORDS.contains(lower(t.word()))) {
        here = FUTURE;
        d -= 2;
      }
      if (here != null && d < best) {
        best = d;
        tense = here;
      }
    }
    return tense;
  }

  private static boolean boundary(Token t) {
    String w = lower(t.word());
    return t.pos().equals(",")
        || t.pos().equals(":")
        || w.equals(";")
        || w.equals("--")
        || w.equals("—")
        || (CLAUSE_STARTS.contains(w) && (t.pos().equals("IN") || t.pos().startsWith("W")));
  }

  /** The tense a verb's tag gives; "set to", "expected to", "plans to" look ahead. */
  private static Tense tagTense(Sentence s, int i) {
    Token t = s.tokens().get(i);
    String w = lower(t.word());
    boolean ahead =
        i + 1 < s.tokens().size()
            && s.tokens().get(i + 1).pos().equals("TO")
            && AHEAD.contains(lower(t.lemma()));
    if (t.pos().startsWith("VB") && ahead) {
      // "set to resume Monday", "planned to leave on Thursday", "are planning to drive on Monday"
      return FUTURE;
    }
    if (t.pos().equals("VBD")
        || (t.pos().equals("VBN") && !w.equals("expected") && !w.equals("scheduled"))) {
      return PAST;
    }
    if (t.pos().equals("VBZ") || t.pos().equals("VBP")) {
      return PRESENT;
    }
    return null;
  }

  /**
   * The tense of the verb nearest to tokens {@code first..last} (a future marker anywhere near
   * wins).
   */
  static Tense around(Sentence s, int first, int last) {
    Tense t = nearest(s, 0, s.tokens().size() - 1, first, last);
    return t == null ? PRESENT : t;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
