package dev.parley.store;

import dev.parley.events.CodedArticle;
import dev.parley.ingest.RawDocument;
import dev.parley.quotes.Quote;
import dev.parley.timex.TimeExpression;
import java.util.List;

/**
 * Everything stored for one article, written in one transaction: the raw input (kept so that {@code
 * parley recode} can re-derive the rest), the coded article, its quotes and time expressions, and
 * the pipeline version that produced them.
 */
public record StoredArticle(
    RawDocument raw,
    CodedArticle coded,
    List<Quote> quotes,
    List<TimeExpression> times,
    String pipelineVersion) {

  public StoredArticle {
    quotes = quotes == null ? List.of() : List.copyOf(quotes);
    times = times == null ? List.of() : List.copyOf(times);
  }

  /** An article with no quotes or time expressions. */
  public StoredArticle(RawDocument raw, CodedArticle coded, String pipelineVersion) {
    this(raw, coded, List.of(), List.of(), pipelineVersion);
  }
}
