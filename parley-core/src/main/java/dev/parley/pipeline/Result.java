package dev.parley.pipeline;

import dev.parley.actors.ResolvedArticle;
import dev.parley.clean.Article;
import dev.parley.events.CodedArticle;
import dev.parley.ingest.RawDocument;
import dev.parley.nlp.AnnotatedArticle;
import dev.parley.outcome.Outcome;
import dev.parley.quotes.Quote;
import dev.parley.timex.TimeExpression;
import java.util.List;
import java.util.Objects;

/**
 * What {@link Pipeline#process} made of one input: its outcome and, when it is to be stored, the
 * article and what was coded from it.
 *
 * @param outcome {@link Outcome#INGESTED} (ready for the sinks; a sink may still refuse it), or
 *     {@link Outcome#EMPTY}, {@link Outcome#DUPLICATE}, {@link Outcome#FAILED}
 * @param raw the input
 * @param article the clean article, or null when cleaning failed
 * @param coded the coded article when {@code outcome} is ingested, else null
 * @param coded whether the stages after cleaning ran (false for a language the coder does not read:
 *     the article is stored with its language and counted as not coded)
 * @param reason one line saying why an input was not ingested, else null
 * @param storedAs for {@code recode}: the id under which the store holds the article this input
 *     made before (the sink replaces it); null for a new input
 * @param quotes the article's quotes when a {@code quotes} stage ran, else empty
 * @param times the article's time expressions when a {@code times} stage ran, else empty
 */
public record Result(
    Outcome outcome,
    RawDocument raw,
    Article article,
    CodedArticle coded,
    boolean wasCoded,
    String reason,
    String storedAs,
    List<Quote> quotes,
    List<TimeExpression> times) {

  public Result {
    Objects.requireNonNull(outcome, "outcome");
    quotes = quotes == null ? List.of() : List.copyOf(quotes);
    times = times == null ? List.of() : List.copyOf(times);
    Objects.requireNonNull(raw, "raw");
    if (outcome == Outcome.INGESTED && coded == null) {
      throw new IllegalArgumentException(
          "an ingested result needs its coded article: " + raw.doc());
    }
    if (outcome != Outcome.INGESTED && reason == null) {
      throw new IllegalArgumentException(
          "a result that is not ingested needs a reason: " + raw.doc());
    }
  }

  static Result ingested(
      RawDocument raw, CodedArticle coded, List<Quote> quotes, List<TimeExpression> times) {
    return new Result(
        Outcome.INGESTED, raw, coded.article(), coded, true, null, null, quotes, times);
  }

  /** An article in a language the coder does not read: stored alone, counted as not coded. */
  static Result notCoded(RawDocument raw, Article article) {
    CodedArticle alone =
        new CodedArticle(
            new ResolvedArticle(new AnnotatedArticle(article, List.of()), List.of()), List.of());
    return new Result(
        Outcome.INGESTED, raw, article, alone, false, null, null, List.of(), List.of());
  }

  static Result rejected(Outcome outcome, RawDocument raw, Article article, String reason) {
    return new Result(outcome, raw, article, null, false, reason, null, List.of(), List.of());
  }

  /** The same result, now a duplicate of an article an earlier input claimed. */
  Result asDuplicate() {
    return rejected(Outcome.DUPLICATE, raw, article, "same text as article " + article.id());
  }

  /** The same result, re-deriving the stored article {@code id}. */
  Result storedAs(String id) {
    return new Result(outcome, raw, article, coded, wasCoded, reason, id, quotes, times);
  }

  /** The input's name. */
  public String doc() {
    return raw.doc();
  }

  /** How many events it carries (0 unless ingested). */
  public int events() {
    return coded == null ? 0 : coded.events().size();
  }
}
