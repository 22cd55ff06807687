package dev.parley.quotes;

import dev.parley.nlp.Dependency;
import dev.parley.nlp.Sentence;
import dev.parley.nlp.Token;
import dev.parley.text.CodePoints;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Finds the cue, speaker and addressee of a statement on the dependency parse. */
final class Attributions {
  /** Relations of a speaker's or addressee's noun phrase that are not part of its span. */
  private static final Set<String> NOT_IN_PHRASE =
      Set.of("acl", "acl:relcl", "parataxis", "ccomp", "advcl", "dep", "punct", "cc");

  /**
   * Relations by which a verb without its own subject hangs from one that has it ("adding …", "and
   * said").
   */
  private static final Set<String> SHARES_SUBJECT =
      Set.of("xcomp", "advcl", "conj", "conj:and", "conj:but");

  /** A short sentence after a quote that only attributes it ("He said."), in tokens. */
  private static final int MAX_ATTRIBUTION_SENTENCE = 8;

  /**
   * A cue with its speaker and addressee.
   *
   * @param cue index of the cue token, or -1 for none
   * @param speaker index of the speaker phrase's head, or -1
   * @param addressee index of the addressee phrase's head, or -1
   */
  record Found(Sentence sentence, int cue, String cueText, int speaker, int addressee) {}

  private final String text;
  private final List<Sentence> sentences;
  private final Speakers speakers;

  Attributions(String text, List<Sentence> sentences, Speakers speakers) {
    this.text = text;
    this.sentences = sentences;
    this.speakers = speakers;
  }

  /**
   * The cue outside the marks, in the sentence where the quote opens or the one where it closes.
   */
  Found forMarks(QuoteMarks.Span span, Sentence first, Sentence last) {
    Found best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Sentence s : first == last ? List.of(first) : List.of(first, last)) {
      for (Token t : s.tokens()) {
        boolean before = s == first && t.end() <= span.markStart();
        boolean after = s == last && t.begin() >= span.markEnd();
        if (!before && !after) {
          continue;
        }
        Found f = cueAt(s, t.index(), true);
        if (f == null) {
          continue;
        }
        if (f.speaker() >= 0 && within(s.tokens().get(f.speaker()), span)) {
          // "“Wall Street's a cynical place,” said Tim Hess": the parse took a quoted noun as
          // subject
          int other = unparsedSubject(s, t.index());
          f =
              new Found(
                  s,
                  f.cue(),
                  f.cueText(),
                  other >= 0 && !within(s.tokens().get(other), span) ? other : -1,
                  f.addressee());
        }
        int distance = before ? span.markStart() - t.end() : t.begin() - span.markEnd();
        // a cue with a speaker beats one without
        distance += f.speaker() < 0 ? 1000 : 0;
        if (distance < bestDistance) {
          best = f;
          bestDistance = distance;
        }
      }
    }
    if (best == null) {
      best = colon(span, first);
    }
    if (best == null) {
      best = dash(span, last);
    }
    return best;
  }

  private static boolean within(Token t, QuoteMarks.Span span) {
    return t.begin() >= span.markStart() && t.end() <= span.markEnd();
  }

  /**
   * "“…” ― Francisco Herrero": a dash and a name right after the closing mark, in the sentence
   * where the quote closes or, when the tokenizer ended the sentence at the mark, the next one on
   * the same line.
   */
  private Found dash(QuoteMarks.Span span, Sentence s) {
    Found here = dashIn(span, s);
    if (here != null
        || s.index() + 1 >= sentences.size()
        || wordsBetween(s, span.markEnd(), s.end()) > 0) {
      return here;
    }
    Sentence next = sentences.get(s.index() + 1);
    if (next.begin() < span.markEnd()
        || CodePoints.slice(text, span.markEnd(), next.begin()).contains("\n")) {
      return null;
    }
    return dashIn(span, next);
  }

  private Found dashIn(QuoteMarks.Span span, Sentence s) {
    for (Token t : s.tokens()) {
      if (t.begin() < span.markEnd()) {
        continue;
      }
      if (!t.word().equals("―") && !t.word().equals("—") && !t.word().equals("--")) {
        return null;
      }
      int k = t.index() + 1;
      if (k >= s.tokens().size() || !s.tokens().get(k).pos().startsWith("NNP")) {
        return null;
      }
      while (k + 1 < s.tokens().size() && s.tokens().get(k + 1).pos().startsWith("NNP")) {
        k++;
      }
      return new Found(s, t.index(), t.word(), k, -1);
    }
    return null;
  }

  /** "Trump: “…”": a name and a colon right before the mark. */
  private Found colon(QuoteMarks.Span span, Sentence s) {
    Token colon = null;
    for (Token t : s.tokens()) {
      if (t.end() <= span.markStart()) {
        colon = t;
      }
    }
    if (colon == null || !colon.word().equals(":") || colon.index() == 0) {
      return null;
    }
    Token before = s.tokens().get(colon.index() - 1);
    if (!before.pos().startsWith("NNP") && !before.ner().equals("PERSON")) {
      return null;
    }
    return new Found(s, colon.index(), ":", before.index(), -1);
  }

  /** A cue in the sentence before (ending in a colon) or a short attribution sentence after. */
  Found adjacent(QuoteMarks.Span span, Sentence first, Sentence last) {
    if (first.index() > 0 && wordsBetween(first, first.begin(), span.markStart()) == 0) {
      Sentence prev = sentences.get(first.index() - 1);
      List<Token> pt = prev.tokens();
      if (!pt.isEmpty() && pt.get(pt.size() - 1).word().equals(":")) {
        for (int i = pt.size() - 1; i >= 0; i--) {
          Found f = cueAt(prev, i, true);
          if (f != null && f.speaker() >= 0) {
            return f;
          }
        }
      }
    }
    if (last.index() + 1 < sentences.size()
        && wordsBetween(last, span.markEnd(), last.end()) == 0) {
      Sentence next = sentences.get(last.index() + 1);
      String gap =
          next.begin() > span.markEnd() ? CodePoints.slice(text, span.markEnd(), next.begin()) : "";
      if (next.tokens().size() <= MAX_ATTRIBUTION_SENTENCE && !gap.contains("\n")) {
        for (Token t : next.tokens()) {
          Found f = cueAt(next, t.index(), true);
          if (f != null && f.speaker() >= 0) {
            return f;
          }
        }
      }
    }
    return null;
  }

  private static int wordsBetween(Sentence s, int from, int to) {
    int n = 0;
    for (Token t : s.tokens()) {
      if (t.begin() >= from && t.end() <= to && QuoteFinder.isWord(t)) {
        n++;
      }
    }
    return n;
  }

  /** The cue at token {@code i}, if it is one: a verb of saying or "according to". */
  private Found cueAt(Sentence s, int i, boolean forDirect) {
    Token t = s.tokens().get(i);
    String lemma = QuoteFinder.lower(t.lemma());
    if (QuoteFinder.lower(t.word()).equals("according")
        && i + 1 < s.tokens().size()
        && QuoteFinder.lower(s.tokens().get(i + 1).word()).equals("to")) {
      int source = accordingSource(s, i);
      return new Found(s, i, "according to", source, -1);
    }
    if (!t.pos().startsWith("VB") || !(forDirect ? Cues.anyCue(lemma) : Cues.reporting(lemma))) {
      return null;
    }
    return new Found(s, i, t.word(), subject(s, i), addressee(s, i));
  }

  /** X of "according to X". */
  private static int accordingSource(Sentence s, int according) {
    Optional<Dependency> h = s.head(according);
    if (h.isPresent() && h.get().relation().equals("case") && h.get().governor() >= 0) {
      return h.get().governor();
    }
    for (Dependency d : s.children(according)) {
      if (d.relation().startsWith("obl")
          || d.relation().startsWith("nmod")
          || d.relation().equals("obj")) {
        return d.dependent();
      }
    }
    // unparsed: the first noun after "to"
    for (int j = according + 2; j < s.tokens().size() && j < according + 8; j++) {
      if (s.tokens().get(j).pos().startsWith("NN") || s.tokens().get(j).pos().startsWith("PRP")) {
        int k = j;
        while (k + 1 < s.tokens().size() && s.tokens().get(k + 1).pos().startsWith("NN")) {
          k++;
        }
        return k;
      }
    }
    return -1;
  }

  /** The subject of a verb, or of the verb it hangs from ("…, adding that", "telling X that"). */
  static int subject(Sentence s, int verb) {
    int v = verb;
    for (int hop = 0; hop < 3 && v >= 0; hop++) {
      for (Dependency d : s.children(v)) {
        if (d.relation().equals("nsubj")) {
          return relativeHead(s, d.dependent());
        }
      }
      for (Dependency d : s.children(v)) {
        if (d.relation().equals("obl:agent")) {
          return d.dependent();
        }
      }
      int inverted = invertedSubject(s, v);
      if (inverted >= 0) {
        return inverted;
      }
      Optional<Dependency> h = s.head(v);
      // "He defended the remark, saying, “…”": the parser may hang a participle by a bare "dep"
      boolean participle =
          h.isPresent()
              && h.get().relation().equals("dep")
              && s.tokens().get(v).pos().equals("VBG");
      if (h.isEmpty() || !(SHARES_SUBJECT.contains(h.get().relation()) || participle)) {
        break;
      }
      v = h.get().governor();
    }
    if (!s.parsed()) {
      return unparsedSubject(s, verb);
    }
    return -1;
  }

  /** Relations the parser gives the subject of an inverted cue ("…,” said Hester"). */
  private static final Set<String> INVERTED =
      Set.of("xcomp", "obj", "dep", "iobj", "nsubj:pass", "obl:npmod", "appos");

  /**
   * "“…,” said Hester", "“…,” wrote Cameron Easley for Morning Consult": a finite verb of saying
   * right after a closing mark, with no subject of its own and a name or a noun phrase right after
   * it, which the parser took for its object or complement. Not for verbs whose object is the one
   * told ("told Reuters").
   */
  private static int invertedSubject(Sentence s, int verb) {
    Token v = s.tokens().get(verb);
    String lemma = QuoteFinder.lower(v.lemma());
    if (!Set.of("VBD", "VBZ", "VBP").contains(v.pos())
        || !Cues.anyCue(lemma)
        || Cues.ADDRESSED.contains(lemma)) {
      return -1;
    }
    // only right after a closing mark ("“…,” said Hester"): "suggesting a softening" has an object
    boolean afterQuote = false;
    for (int k = verb - 1; k >= Math.max(0, verb - 2); k--) {
      afterQuote |= s.tokens().get(k).pos().equals("''");
    }
    if (!afterQuote) {
      return -1;
    }
    for (Dependency d : s.children(verb)) {
      int k = d.dependent();
      if (k <= verb || !INVERTED.contains(d.relation())) {
        continue;
      }
      Token t = s.tokens().get(k);
      boolean noun = t.pos().startsWith("NN") || t.pos().equals("PRP");
      if (!noun || t.ner().equals("DATE") || t.ner().equals("TIME") || t.ner().equals("DURATION")) {
        continue;
      }
      // the phrase must start right after the verb: "said Del. Stacey Plaskett", "said the envoy"
      int start = k;
      for (int i : subtree(s, k, NOT_IN_PHRASE)) {
        start = Math.min(start, i);
      }
      if (start == verb + 1) {
        return k;
      }
    }
    return -1;
  }

  /** "Mr. Clarke, who said …": the noun a relative pronoun stands for. */
  private static int relativeHead(Sentence s, int subject) {
    String w = QuoteFinder.lower(s.tokens().get(subject).word());
    if (!w.equals("who") && !w.equals("which") && !w.equals("that")) {
      return subject;
    }
    Optional<Dependency> clause = s.head(subject).flatMap(d -> s.head(d.governor()));
    if (clause.isPresent()
        && clause.get().relation().startsWith("acl")
        && clause.get().governor() >= 0) {
      return clause.get().governor();
    }
    return subject;
  }

  /**
   * Without a parse: the name or pronoun right before the verb, or right after it ("said Caddell").
   */
  private static int unparsedSubject(Sentence s, int verb) {
    List<Token> t = s.tokens();
    int j = verb - 1;
    if (j >= 0
        && (t.get(j).pos().startsWith("NNP")
            || t.get(j).pos().equals("PRP")
            || t.get(j).pos().startsWith("NN"))) {
      return j;
    }
    int k = verb + 1;
    if (k < t.size() && t.get(k).pos().startsWith("NNP")) {
      while (k + 1 < t.size() && t.get(k + 1).pos().startsWith("NNP")) {
        k++;
      }
      return k;
    }
    return -1;
  }

  private static int addressee(Sentence s, int verb) {
    String lemma = QuoteFinder.lower(s.tokens().get(verb).lemma());
    for (Dependency d : s.children(verb)) {
      if ((Cues.ADDRESSED.contains(lemma)
              && (d.relation().equals("obj") || d.relation().equals("iobj")))
          || d.relation().equals("obl:to")) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** Reported speech found on the parse, outside the direct quotes. */
  List<Quote> reported(List<Quote> direct) {
    List<Quote> out = new ArrayList<>();
    for (Sentence s : sentences) {
      if (!s.parsed()) {
        continue;
      }
      for (Token t : s.tokens()) {
        if (inside(direct, t)) {
          continue;
        }
        Found f = cueAt(s, t.index(), false);
        if (f == null || f.speaker() < 0 || inside(direct, s.tokens().get(f.speaker()))) {
          continue;
        }
        int[] span =
            f.cueText().equals("according to")
                ? accordingContent(s, t.index(), f.speaker())
                : content(s, t.index());
        if (span == null) {
          continue;
        }
        out.add(quote(s.index(), span[0], span[1], false, f));
      }
    }
    return out;
  }

  private static boolean inside(List<Quote> direct, Token t) {
    for (Quote q : direct) {
      if (t.begin() >= q.start() && t.end() <= q.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The code point span of what a verb of saying reports: its clausal complement, or the clause it
   * is added to.
   */
  private int[] content(Sentence s, int verb) {
    for (Dependency d : s.children(verb)) {
      // "told X that …" is a ccomp; the parser sometimes hangs it as "advcl:that"
      if (d.relation().equals("ccomp") || d.relation().equals("advcl:that")) {
        return trimmed(s, subtree(s, d.dependent(), Set.of()));
      }
    }
    Optional<Dependency> h = s.head(verb);
    if (h.isPresent() && h.get().relation().equals("parataxis") && h.get().governor() >= 0) {
      Set<Integer> clause = subtree(s, h.get().governor(), Set.of());
      clause.removeAll(subtree(s, verb, Set.of()));
      // the side of the clause away from the cue
      Set<Integer> side = new HashSet<>();
      for (int i : clause) {
        if ((i < verb) == (h.get().governor() < verb)) {
          side.add(i);
        }
      }
      return trimmed(s, side);
    }
    return null;
  }

  private int[] accordingContent(Sentence s, int according, int source) {
    Set<Integer> phrase = source >= 0 ? subtree(s, source, Set.of()) : new HashSet<>();
    phrase.add(according);
    phrase.add(according + 1);
    int lo = phrase.stream().min(Integer::compare).orElse(according);
    int hi = phrase.stream().max(Integer::compare).orElse(according + 1);
    Set<Integer> rest = new HashSet<>();
    boolean atStart = wordsIn(s, 0, lo) <= 1;
    for (int i = 0; i < s.tokens().size(); i++) {
      if (atStart ? i > hi : i < lo) {
        rest.add(i);
      }
    }
    return trimmed(s, rest);
  }

  private static int wordsIn(Sentence s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n += QuoteFinder.isWord(s.tokens().get(i)) ? 1 : 0;
    }
    return n;
  }

  /**
   * A token set's extent, without punctuation, marks or "that" at its edges; null when under two
   * words.
   */
  private static int[] trimmed(Sentence s, Set<Integer> tokens) {
    if (tokens.isEmpty()) {
      return null;
    }
    int lo = tokens.stream().min(Integer::compare).get();
    int hi = tokens.stream().max(Integer::compare).get();
    while (lo <= hi
        && (!QuoteFinder.isWord(s.tokens().get(lo))
            || QuoteFinder.lower(s.tokens().get(lo).word()).equals("that"))) {
      lo++;
    }
    while (hi >= lo && !QuoteFinder.isWord(s.tokens().get(hi))) {
      hi--;
    }
    if (hi - lo < 1) {
      return null;
    }
    return new int[] {s.tokens().get(lo).begin(), s.tokens().get(hi).end()};
  }

  static Set<Integer> subtree(Sentence s, int head, Set<String> skip) {
    Set<Integer> out = new HashSet<>();
    List<Integer> stack = new ArrayList<>(List.of(head));
    while (!stack.isEmpty()) {
      int h = stack.remove(stack.size() - 1);
      if (!out.add(h)) {
        continue;
      }
      for (Dependency d : s.children(h)) {
        if (!skip.contains(d.relation())) {
          stack.add(d.dependent());
        }
      }
    }
    return out;
  }

  /**
   * The contiguous phrase around {@code head}: its subtree without clauses, punctuation and quoted
   * words.
   */
  private int[] phrase(Sentence s, int head) {
    Set<Integer> in = subtree(s, head, NOT_IN_PHRASE);
    for (Dependency d : s.children(head)) {
      // "according to the envoy": the head's own preposition is not part of the phrase
      if (d.relation().equals("case") || d.relation().equals("mark")) {
        in.removeAll(subtree(s, d.dependent(), Set.of()));
      }
    }
    int lo = head;
    int hi = head;
    while (lo - 1 >= 0
        && (in.contains(lo - 1) || (lo - 2 >= 0 && hyphen(s, lo - 1) && in.contains(lo - 2)))) {
      // "Moon Jae-In": a hyphen inside a name joins its parts
      lo--;
    }
    while (hi + 1 < s.tokens().size()
        && (in.contains(hi + 1)
            || (hi + 2 < s.tokens().size() && hyphen(s, hi + 1) && in.contains(hi + 2)))) {
      hi++;
    }
    if (!s.parsed() && s.tokens().get(head).pos().startsWith("NNP")) {
      // no parse: a name is its run of proper nouns ("― Steve Quinlan")
      while (lo - 1 >= 0 && s.tokens().get(lo - 1).pos().startsWith("NNP")) {
        lo--;
      }
      while (hi + 1 < s.tokens().size() && s.tokens().get(hi + 1).pos().startsWith("NNP")) {
        hi++;
      }
    }
    while (lo < head && !QuoteFinder.isWord(s.tokens().get(lo))) {
      lo++;
    }
    while (hi > head && !QuoteFinder.isWord(s.tokens().get(hi))) {
      hi--;
    }
    return new int[] {lo, hi};
  }

  private static boolean hyphen(Sentence s, int i) {
    Token t = s.tokens().get(i);
    return t.pos().equals("HYPH") || t.word().equals("-");
  }

  private static List<Quote.Part> parts(int start, int end, boolean direct) {
    return direct ? List.of(new Quote.Part(start, end)) : List.of();
  }

  /** A quote of the content span, attributed as found (or not at all). */
  Quote quote(int sentence, int start, int end, boolean direct, Found f) {
    Speaker who = f == null || f.speaker() < 0 ? Speaker.NONE : speaker(f.sentence(), f.speaker());
    String addressee =
        f == null || f.addressee() < 0 ? null : phraseText(f.sentence(), f.addressee());
    return new Quote(
        sentence,
        start,
        end,
        CodePoints.slice(text, start, end),
        direct,
        f == null ? null : f.cueText(),
        who.start(),
        who.end(),
        who.text(),
        who.code(),
        who.name(),
        addressee,
        parts(start, end, direct));
  }

  /** A quote's speaker: the span of its phrase, as written, and the actor it resolves to. */
  private record Speaker(Integer start, Integer end, String text, String code, String name) {
    static final Speaker NONE = new Speaker(null, null, null, null, null);
  }

  /** The speaker whose phrase is headed by token {@code head}. */
  private Speaker speaker(Sentence s, int head) {
    int[] p = phrase(s, head);
    int start = s.tokens().get(p[0]).begin();
    int end = s.tokens().get(p[1]).end();
    String said = CodePoints.slice(text, start, end);
    Speakers.Who who = speakers.resolve(s, head, said);
    return new Speaker(start, end, said, who.code(), who.name());
  }

  /** The text of the phrase headed by token {@code head}. */
  private String phraseText(Sentence s, int head) {
    int[] p = phrase(s, head);
    return CodePoints.slice(text, s.tokens().get(p[0]).begin(), s.tokens().get(p[1]).end());
  }
}
