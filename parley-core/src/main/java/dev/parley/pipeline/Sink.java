package dev.parley.pipeline;

import dev.parley.outcome.Outcome;
import java.util.List;

/**
 * Where a runner puts the ingested results: the DuckDB store, and later a Lucene index or a Parquet
 * writer ({@link CompositeSink} holds several). A runner calls a sink from one thread at a time, in
 * input order.
 */
public interface Sink extends AutoCloseable {

  /** Takes an ingested result (its outcome is {@link Outcome#INGESTED}). */
  void accept(Result result);

  /**
   * Called every few seconds and at the end: commit what was accepted. Returns the accepted results
   * the sink did not take after all (stored meanwhile by another process, or refused), so that
   * their outcome can be corrected.
   */
  List<Refusal> flush();

  /** Releases what the sink holds; the runner flushes before. */
  @Override
  default void close() {}

  /**
   * An accepted result that the sink did not store.
   *
   * @param doc the input's name
   * @param outcome {@link Outcome#DUPLICATE} or {@link Outcome#FAILED}
   * @param reason one line
   * @param events how many events the article carried (no longer counted)
   */
  record Refusal(String doc, Outcome outcome, String reason, int events) {}
}
