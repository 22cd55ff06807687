package dev.parley.ingest;

import dev.parley.outcome.Outcome;

/** What a source yields for each input: a document to process, or an input already decided. */
public sealed interface SourceItem permits SourceItem.Document, SourceItem.Rejected {
  /** The input's name: a JSONL id, a path as reached from the argument, a WARC target URI. */
  String doc();

  /**
   * A readable input.
   *
   * @param raw the input
   * @param storedAs for {@code recode}, the id of the stored article it made before; else null
   */
  record Document(RawDocument raw, String storedAs) implements SourceItem {
    public Document(RawDocument raw) {
      this(raw, null);
    }

    @Override
    public String doc() {
      return raw.doc();
    }
  }

  /** An input that ends before the pipeline: empty, skipped or failed, with a one-line reason. */
  record Rejected(String doc, Outcome outcome, String reason) implements SourceItem {
    public Rejected {
      if (outcome == Outcome.INGESTED || outcome == Outcome.DUPLICATE) {
        throw new IllegalArgumentException("a rejected input cannot be " + outcome.word());
      }
    }
  }
}
