package dev.parley.quotes;

import dev.parley.actors.ActorContext;
import dev.parley.actors.ActorResolver;
import dev.parley.actors.ResolvedArticle;
import dev.parley.nlp.Dependency;
import dev.parley.nlp.Sentence;
import dev.parley.nlp.Token;
import dev.parley.text.CodePoints;
import dev.parley.time.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Finds the quotes of an article and who said them. Direct quotes come from the quotation marks of
 * the text ({@link QuoteMarks}); each is attributed to the cue verb outside the marks in its own
 * sentence ("“…,” he said", "Biegun said: “…”"), else in the sentence just before (ending with a
 * colon) or just after, else to the quote it carries on. Reported speech comes from the parse: a
 * verb of saying with a clausal complement ("X said (that) …", "telling the gathering that …"), a
 * verb of saying added to a clause ("…, sources said"), and "according to X". The speaker is the
 * cue's subject (or the subject of the clause it hangs from), resolved to an actor by {@link
 * ActorContext}; "he" and "the envoy" are who the resolve stage linked them to ({@link
 * dev.parley.actors.Reference}), or nobody when that was not clear.
 *
 * <p>Short quoted spans (under five words) with no cue in their sentence are scare quotes or
 * titles, and so is a quoted span in title case; neither is a quote.
 */
public final class QuoteFinder {
  /** Quoted spans with fewer words than this need a cue in their own sentence. */
  static final int MIN_UNCUED_WORDS = 5;

  private final ActorResolver resolver;

  public QuoteFinder(ActorResolver resolver) {
    this.resolver = Objects.requireNonNull(resolver, "resolver");
  }

  /** Tokens that are quotation marks, as written. */
  private static final java.util.Set<String> MARKS =
      java.util.Set.of("\"", "“", "”", "‘", "’", "«", "»", "``", "''", "„");

  /**
   * Whether a sentence may hold or attribute a quote, so that the annotator parses it: a quotation
   * mark, a verb of saying or belief ("said", "told", "warned", "believes"), or "according". Sees
   * the tokens with their lemmas and tags, before parsing.
   */
  public static boolean worthParsing(List<Token> tokens) {
    for (Token t : tokens) {
      if (MARKS.contains(t.word())) {
        return true;
      }
      String lemma = lower(t.lemma());
      if ((t.pos().startsWith("VB") && Cues.reporting(lemma)) || lemma.equals("according")) {
        return true;
      }
    }
    return false;
  }

  /** The quotes of an article, in text order. */
  public List<Quote> find(ResolvedArticle article) {
    Objects.requireNonNull(article, "article");
    String text = article.annotated().article().text();
    List<Sentence> sentences = article.annotated().sentences();
    LocalDate date =
        article.annotated().article().publishedDate().map(PartialDate::middle).orElse(null);
    Speakers speakers = new Speakers(new ActorContext(resolver, article), date);
    Attributions attr = new Attributions(text, sentences, speakers);

    int[] cp = text.codePoints().toArray();
    List<Quote> direct = new ArrayList<>();
    Attributions.Found previous = null;
    Attributions.Found lastFound = null;
    int previousEndSentence = -10;
    for (QuoteMarks.Span span : QuoteMarks.find(text)) {
      int first = sentenceAt(sentences, span.start());
      int last = sentenceAt(sentences, Math.max(span.start(), span.end() - 1));
      if (first < 0 || last < 0) {
        continue;
      }
      int end = span.end();
      while (end > span.start() && (cp[end - 1] == ',' || Character.isWhitespace(cp[end - 1]))) {
        // "“We are ready,” he said": the comma belongs to the sentence around the quote
        end--;
      }
      String content = CodePoints.slice(text, span.start(), end);
      int words = words(content);
      if (words == 0) {
        continue;
      }
      Attributions.Found found = attr.forMarks(span, sentences.get(first), sentences.get(last));
      boolean cuedHere = found != null;
      if (found == null && words >= MIN_UNCUED_WORDS) {
        found = attr.adjacent(span, sentences.get(first), sentences.get(last));
      }
      if (found == null
          && words >= MIN_UNCUED_WORDS
          && previous != null
          && (span.continuesPrevious() || first - previousEndSentence <= 1)) {
        found = previous;
      }
      if (!cuedHere && (words < MIN_UNCUED_WORDS || titleCase(content, words))) {
        continue;
      }
      Quote q = attr.quote(first, span.start(), end, true, found);
      if (found != null
          && found.equals(lastFound)
          && !direct.isEmpty()
          && sameParagraph(cp, direct.get(direct.size() - 1).end(), q.start())) {
        // "“We are ready,” he said, “to talk.”": one statement, interrupted by its attribution; and
        // "“…,” said Blair. “…”": the same speaker carrying on in the same paragraph
        direct.add(merge(direct.remove(direct.size() - 1), q, text));
      } else {
        direct.add(q);
      }
      lastFound = found;
      if (found != null) {
        previous = found;
      }
      previousEndSentence = last;
    }

    List<Quote> out = new ArrayList<>(direct);
    java.util.Set<Quote> absorbed = new java.util.HashSet<>();
    for (Quote reported : attr.reported(direct)) {
      Quote inner = containedDirect(direct, reported);
      if (inner != null) {
        if (absorbed.contains(inner)) {
          // "Clinton says she hopes …, but she knows that “…”": the first cue, the outermost, took
          // it
          continue;
        }
        // "said the deal was “a disaster”": one statement with a quoted part
        // (the reported span stops at its last word, so a period inside the closing mark may pass
        // it by one)
        if (words(reported.text()) - words(inner.text()) >= 2
            && reported.start() <= inner.start() + 1
            && reported.end() + 1 >= inner.end()
            && inner.parts().size() == 1) {
          absorbed.add(inner);
          out.remove(inner);
          int start = Math.min(reported.start(), inner.start());
          int end = Math.max(reported.end(), inner.end());
          out.add(
              new Quote(
                  reported.sentence(),
                  start,
                  end,
                  CodePoints.slice(text, start, end),
                  true,
                  reported.cue(),
                  reported.speakerStart(),
                  reported.speakerEnd(),
                  reported.speakerText(),
                  reported.speaker(),
                  reported.speakerName(),
                  reported.addressee(),
                  inner.parts()));
        }
        continue;
      }
      if (overlapsAny(direct, reported)) {
        continue;
      }
      out.add(reported);
    }
    out.sort(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
    return dedupe(out);
  }

  private static Quote merge(Quote a, Quote b, String text) {
    List<Quote.Part> parts = new ArrayList<>(a.parts());
    parts.addAll(b.parts());
    return new Quote(
        a.sentence(),
        a.start(),
        b.end(),
        CodePoints.slice(text, a.start(), b.end()),
        true,
        a.cue(),
        a.speakerStart(),
        a.speakerEnd(),
        a.speakerText(),
        a.speaker(),
        a.speakerName(),
        a.addressee(),
        parts);
  }

  private static boolean sameParagraph(int[] cp, int from, int to) {
    for (int i = from; i < to && i < cp.length; i++) {
      if (cp[i] == '\n') {
        return false;
      }
    }
    return true;
  }

  private static Quote containedDirect(List<Quote> direct, Quote reported) {
    for (Quote d : direct) {
      if (d.start() >= reported.start() - 1 && d.end() <= reported.end() + 1) {
        return d;
      }
    }
    return null;
  }

  private static boolean overlapsAny(List<Quote> direct, Quote q) {
    for (Quote d : direct) {
      if (d.start() < q.end() && q.start() < d.end()) {
        return true;
      }
    }
    return false;
  }

  private static List<Quote> dedupe(List<Quote> sorted) {
    List<Quote> out = new ArrayList<>();
    for (Quote q : sorted) {
      if (!out.isEmpty()) {
        Quote p = out.get(out.size() - 1);
        if (p.start() == q.start() && p.end() == q.end()) {
          continue;
        }
      }
      out.add(q);
    }
    return out;
  }

  static int sentenceAt(List<Sentence> sentences, int offset) {
    for (Sentence s : sentences) {
      if (offset >= s.begin() && offset < s.end()) {
        return s.index();
      }
      if (offset < s.begin()) {
        return s.index();
      }
    }
    return -1;
  }

  static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean w = Character.isLetterOrDigit(s.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w || (in && (s.charAt(i) == '\'' || s.charAt(i) == '’' || s.charAt(i) == '-'));
    }
    return n;
  }

  /** A title in quotation marks: every word of four letters or more capitalised, and few words. */
  static boolean titleCase(String content, int words) {
    if (words > 10) {
      return false;
    }
    boolean any = false;
    for (String w : content.split("[\\s\\p{Punct}“”‘’]+")) {
      if (w.length() >= 4) {
        if (!Character.isUpperCase(w.codePointAt(0))) {
          return false;
        }
        any = true;
      }
    }
    return any && !content.strip().matches(".*[.!?,]$");
  }

  static boolean isWord(Token t) {
    return t.word().codePoints().anyMatch(Character::isLetterOrDigit);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  static boolean hasChild(Sentence s, int head, String relation) {
    for (Dependency d : s.children(head)) {
      if (d.relation().equals(relation)) {
        return true;
      }
    }
    return false;
  }
}
