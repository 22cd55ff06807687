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
    Optional<LocalDate> dct =
        article.article().publishedDate().filter(d -> d.precision() == PartialDate.Precision.DAY).map(PartialDate::start);
    List<TimeExpression> out = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      for (Timex t : s.timexes()) {
        TimexType type = TimexType.of(t.type());
        if (type == null) {
          continue;
        }
        Optional<NewsRules.Reading> r = NewsRules.read(s, t, dct.orElse(null));
        if (r.isEmpty()) {
          out.add(new TimeExpression(s.index(), t.begin(), t.end(), t.text(), type, t.value(), TimeExpression.Origin.SUTIME));
        } else if (!r.get().drop()) {
          TimeExpression.Origin origin = r.get().type() == type && r.get().value().equals(t.value())
              ? TimeExpression.Origin.SUTIME : TimeExpression.Origin.CORRECTED;
          out.add(new TimeExpression(s.index(), t.begin(), t.end(), t.text(), r.get().type(), r.get().value(), origin));
        }
      }
    }
    return out;
  }

  /** SUTime's expressions as they are, for comparison. */
  public static List<TimeExpression> sutime(AnnotatedArticle article) {
    List<TimeExpression> out = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      for (Timex t : s.timexes()) {
        TimexType type = TimexType.of(t.type());
        if (type != null) {
          out.add(new TimeExpression(s.index(), t.begin(), t.end(), t.text(), type, t.value(), TimeExpression.Origin.SUTIME));
        }
      }
    }
    return out;
  }
}
