package dev.parley.cli;

import dev.parley.outcome.Outcome;
import dev.parley.pipeline.Counters;
import dev.parley.pipeline.LocalRunner;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints each input that did not end as ingested, and each warning, as one line on standard error
 * ("failed news.jsonl:2: not JSON: ..."), and progress unless quiet.
 */
final class PrintingListener implements LocalRunner.Listener {
  private final PrintStream err;
  private final boolean progress;

  PrintingListener(PrintStream err, boolean progress) {
    this.err = err;
    this.progress = progress;
  }

  @Override
  public void outcome(String doc, Outcome outcome, String reason) {
    err.printf(Locale.ROOT, "%-9s %s: %s%n", outcome.word(), doc, reason);
  }

  @Override
  public void warning(String doc, String message) {
    err.printf(Locale.ROOT, "%-9s %s: %s%n", "warning", doc, message);
  }

  @Override
  public void progress(Counters c, double rate) {
    if (progress) {
      err.printf(
          Locale.ROOT,
          "ingest: %d inputs read, %d ingested, %d events (%.1f articles/s)%n",
          c.inputs(),
          c.get(Outcome.INGESTED),
          c.events(),
          rate);
    }
  }
}
