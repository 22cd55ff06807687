package dev.parley.nlp.internal;

import dev.parley.nlp.Timex;
import dev.parley.nlp.Token;
import dev.parley.text.CodePoints;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.TimeAnnotations;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts the CoreNLP tokens of one text into Parley {@link Token}s and {@link Timex}es: UTF-16
 * offsets become code point offsets, 1-based indices become 0-based ones, and a token's word is the
 * text it covers.
 */
public final class RecordConverter {
  private final String text;
  private final CodePoints codePoints;

  public RecordConverter(String text) {
    this.text = text;
    this.codePoints = new CodePoints(text);
  }

  /** The code point offset of a UTF-16 index into the text. */
  public int codePoint(int charIndex) {
    return codePoints.toCodePoint(charIndex);
  }

  /** One sentence's tokens; each needs offsets, a POS tag, a lemma and an NER tag. */
  public List<Token> tokens(List<CoreLabel> labels) {
    List<Token> out = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      int b = l.beginPosition();
      int e = l.endPosition();
      if (b < 0 || e < b || e > text.length()) {
        throw new IllegalStateException(
            "CoreNLP token " + i + " has offsets " + b + "-" + e + " outside the text");
      }
      out.add(
          new Token(
              i,
              text.substring(b, e),
              required(l.lemma(), "lemma", i),
              required(l.tag(), "POS tag", i),
              required(l.ner(), "NER tag", i),
              codePoint(b),
              codePoint(e)));
    }
    return out;
  }

  /**
   * The time expressions SUTime marked on one sentence's tokens: runs of consecutive tokens that
   * carry the same TIMEX3 id. The value is the TIMEX3 value, or, when SUTime could only state it
   * relative to an unknown date, its alternative value ("OFFSET P-1W"), which never reads as a
   * date.
   */
  public List<Timex> timexes(List<CoreLabel> labels, List<Token> tokens) {
    List<Timex> out = new ArrayList<>();
    int i = 0;
    while (i < labels.size()) {
      edu.stanford.nlp.time.Timex t = labels.get(i).get(TimeAnnotations.TimexAnnotation.class);
      if (t == null) {
        i++;
        continue;
      }
      int last = i;
      while (last + 1 < labels.size() && sameTimex(t, labels.get(last + 1))) {
        last++;
      }
      String value = t.value() != null ? t.value() : t.altVal();
      if (value != null && t.timexType() != null) {
        int begin = tokens.get(i).begin();
        int end = tokens.get(last).end();
        out.add(
            new Timex(
                i, last, begin, end, t.timexType(), value, CodePoints.slice(text, begin, end)));
      }
      i = last + 1;
    }
    return out;
  }

  private static boolean sameTimex(edu.stanford.nlp.time.Timex t, CoreLabel next) {
    edu.stanford.nlp.time.Timex n = next.get(TimeAnnotations.TimexAnnotation.class);
    return n != null && (n == t || (t.tid() != null && t.tid().equals(n.tid())));
  }

  private static String required(String value, String what, int index) {
    if (value == null) {
      throw new IllegalStateException("CoreNLP token " + index + " has no " + what);
    }
    return value;
  }
}
