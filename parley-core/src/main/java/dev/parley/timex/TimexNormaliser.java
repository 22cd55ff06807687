package dev.parley.timex;

import dev.parley.nlp.AnnotatedArticle;
import dev.parley.nlp.Sentence;
import dev.parley.nlp.Timex;
import dev.parley.time.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every time expression of an annotated article, normalised against its publication date. */
public final class TimexNormaliser {

  public TimexNormaliser() {}

  /** The time expressions of an article, in text order. */
  public List<TimeExpression> find(AnnotatedArticle article) {
    Optional<LocalDate> dct = dct(article);
    boolean quarterly = quarterly(article);
    List<TimeExpression> out = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      for (Timex t : s.timexes()) {
        TimexType type = TimexType.of(t.type());
        if (type == null) {
          continue;
        }
        Optional<NewsRules.Reading> r = NewsRules.read(s, t, dct.orElse(null), quarterly);
        if (r.isEmpty()) {
          out.add(expression(s, t, type, t.value(), TimeExpression.Origin.SUTIME));
        } else if (!r.get().drop()) {
          TimeExpression.Origin origin =
              r.get().type() == type && r.get().value().equals(t.value())
                  ? TimeExpression.Origin.SUTIME
                  : TimeExpression.Origin.CORRECTED;
          out.add(expression(s, t, r.get().type(), r.get().value(), origin));
        }
      }
      for (Timex t :
          NewsRules.missed(s, s.timexes(), dct.orElse(null), quarterly, article.article().text())) {
        out.add(expression(s, t, TimexType.DATE, t.value(), TimeExpression.Origin.RULE));
      }
    }
    out.sort(java.util.Comparator.comparingInt(TimeExpression::start));
    return out;
  }

  /**
   * The same article with each sentence's time expressions replaced by this normaliser's reading:
   * spans and tokens kept, type and value Parley's, the expressions the rules drop (ages, "once")
   * removed. What the event coder reads for event dates ({@code Sentence.timexes()}). Reading an
   * article twice gives the same result: the rules read the words, never SUTime's value.
   */
  public AnnotatedArticle normalise(AnnotatedArticle article) {
    Optional<LocalDate> dct = dct(article);
    boolean quarterly = quarterly(article);
    List<Sentence> sentences = new ArrayList<>(article.sentences().size());
    boolean changed = false;
    for (Sentence s : article.sentences()) {
      List<Timex> timexes = new ArrayList<>(s.timexes().size());
      for (Timex t : s.timexes()) {
        TimexType type = TimexType.of(t.type());
        Optional<NewsRules.Reading> r =
            type == null ? Optional.empty() : NewsRules.read(s, t, dct.orElse(null), quarterly);
        if (r.isEmpty()) {
          timexes.add(t);
        } else if (!r.get().drop()) {
          timexes.add(
              new Timex(
                  t.firstToken(),
                  t.lastToken(),
                  t.begin(),
                  t.end(),
                  r.get().type().name(),
                  r.get().value(),
                  t.text()));
        }
      }
      timexes.addAll(
          NewsRules.missed(s, s.timexes(), dct.orElse(null), quarterly, article.article().text()));
      timexes.sort(java.util.Comparator.comparingInt(Timex::firstToken));
      if (timexes.equals(s.timexes())) {
        sentences.add(s);
      } else {
        changed = true;
        sentences.add(
            new Sentence(s.index(), s.begin(), s.end(), s.tokens(), s.dependencies(), timexes));
      }
    }
    return changed ? new AnnotatedArticle(article.article(), sentences) : article;
  }

  /** The time expression of a timex of sentence {@code s}, with the type and value given. */
  private static TimeExpression expression(
      Sentence s, Timex t, TimexType type, String value, TimeExpression.Origin origin) {
    return new TimeExpression(s.index(), t.begin(), t.end(), t.text(), type, value, origin);
  }

  /** Whether the article reports a quarter's results: it names a quarter. */
  private static boolean quarterly(AnnotatedArticle article) {
    for (Sentence s : article.sentences()) {
      for (dev.parley.nlp.Token t : s.tokens()) {
        if (t.lemma().equalsIgnoreCase("quarter")
            || t.word().toLowerCase(java.util.Locale.ROOT).endsWith("-quarter")) {
          return true;
        }
      }
    }
    return false;
  }

  private static Optional<LocalDate> dct(AnnotatedArticle article) {
    return article
        .article()
        .publishedDate()
        .filter(d -> d.precision() == PartialDate.Precision.DAY)
        .map(PartialDate::start);
  }

  /** SUTime's expressions as they are, for comparison. */
  public static List<TimeExpression> sutime(AnnotatedArticle article) {
    List<TimeExpression> out = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      for (Timex t : s.timexes()) {
        TimexType type = TimexType.of(t.type());
        if (type != null) {
          out.add(expression(s, t, type, t.value(), TimeExpression.Origin.SUTIME));
        }
      }
    }
    return out;
  }
}
