package dev.parley.store;

import dev.parley.ingest.RawDocument;
import java.util.Objects;

/**
 * A stored raw input with the article it produced, for {@code parley recode}.
 *
 * @param articleId the stored article's id, the key to pass to {@link Store#replaceDerived}
 * @param pipelineVersion the pipeline version that produced the stored rows
 * @param raw the input as read at ingest
 */
public record RawInput(String articleId, String pipelineVersion, RawDocument raw) {
  public RawInput {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(pipelineVersion, "pipelineVersion");
    Objects.requireNonNull(raw, "raw");
  }
}
