package dev.parley.outcome;

import java.util.Locale;

/** The one outcome every input ends in. Counted, printed and stored with these lower-case words. */
public enum Outcome {
  /** Read, cleaned, coded and stored. */
  INGESTED,
  /** Its article (same normalised body) is already stored or was seen earlier in the batch. */
  DUPLICATE,
  /** Readable, but no article text is left (zero bytes, whitespace, or only boilerplate). */
  EMPTY,
  /** Not an article: a binary file, an unsupported type, a non-article record. */
  SKIPPED,
  /** Unreadable or malformed: a missing path, an I/O error, a JSONL line that is not JSON. */
  FAILED;

  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
