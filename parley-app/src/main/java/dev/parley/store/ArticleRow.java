package dev.parley.store;

import dev.parley.clean.Article;
import java.time.Instant;
import java.util.Objects;

/**
 * One stored article with its bookkeeping.
 *
 * @param article the cleaned article (the fields of the articles JSONL contract)
 * @param pipelineVersion the pipeline version that produced its stored rows
 * @param ingestedAt when it was first stored
 */
public record ArticleRow(Article article, String pipelineVersion, Instant ingestedAt) {
  public ArticleRow {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(pipelineVersion, "pipelineVersion");
    Objects.requireNonNull(ingestedAt, "ingestedAt");
  }
}
