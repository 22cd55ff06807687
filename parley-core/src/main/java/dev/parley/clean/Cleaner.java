package dev.parley.clean;

import dev.parley.ingest.RawDocument;

/** Stage 1: raw input to a clean article. Pure: the same input gives the same article. */
public interface Cleaner {
  /**
   * Cleans one raw document. Never returns null; an article whose {@code text} is blank means the
   * input held no article text (the runner counts it {@code empty}).
   */
  Article clean(RawDocument raw);
}
