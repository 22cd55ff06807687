package dev.parley.store;

import dev.parley.quotes.Quote;
import java.util.Objects;

/**
 * One stored quote with its article: the fields of the quotes JSONL contract.
 *
 * @param quoteId {@code ARTICLE_ID:qINDEX}, stable while the article and pipeline version are
 * @param articleId the article's id
 * @param doc the article's input name (JSONL id or path, first sighting)
 * @param quote the quote
 */
public record QuoteRow(String quoteId, String articleId, String doc, Quote quote) {
  public QuoteRow {
    Objects.requireNonNull(quoteId, "quoteId");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(quote, "quote");
  }
}
