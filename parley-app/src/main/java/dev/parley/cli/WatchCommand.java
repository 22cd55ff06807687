package dev.parley.cli;

import dev.parley.feeds.Durations;
import dev.parley.feeds.PoliteFetcher;
import dev.parley.feeds.Watch;
import dev.parley.ingest.RawDocument;
import dev.parley.ingest.SourceItem;
import dev.parley.outcome.Outcome;
import dev.parley.pipeline.Claims;
import dev.parley.pipeline.Counters;
import dev.parley.pipeline.LocalRunner;
import dev.parley.pipeline.Pipeline;
import dev.parley.store.Store;
import dev.parley.store.StoreSink;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley watch FEED...}: polls RSS and Atom feeds, fetches new items politely and ingests
 * them once. Its state lives in the data directory, so a restart does not re-ingest.
 */
@Command(
    name = "watch",
    description = {
      "Polls RSS/Atom feeds (URLs or files), fetches new items (robots.txt respected, one request at a time per host)",
      "and ingests them. State is kept in DATA/feeds/, so a restart does not re-ingest. Stop with Ctrl-C."
    })
final class WatchCommand implements Callable<Integer> {
  @Mixin PipelineOptions options;

  @Parameters(arity = "1..*", paramLabel = "FEED", description = "Feed URLs or files.")
  List<String> feeds;

  @Option(
      names = "--every",
      paramLabel = "DURATION",
      description = "Poll interval, e.g. 30s, 15m, 1h (default: 15m).")
  String every;

  @Option(names = "--once", description = "Poll once and stop.")
  boolean once;

  @Override
  public Integer call() {
    Duration interval = null;
    if (every != null) {
      try {
        interval = Durations.parse(every);
      } catch (IllegalArgumentException e) {
        throw new Main.UsageException("--every " + every + ": " + e.getMessage());
      }
    }
    if (once && interval != null) {
      throw new Main.UsageException("--once and --every exclude each other");
    }
    if (interval != null && interval.compareTo(Watch.MIN_EVERY) < 0) {
      throw new Main.UsageException(
          "--every must be at least " + Watch.MIN_EVERY.toSeconds() + " s");
    }
    Pipeline pipeline = options.pipeline();
    Claims claims;
    try (Store store = Store.open(options.data(), Store.Access.READ_WRITE)) {
      claims = Claims.over(store.articleIds());
    }
    StoreSink sink = new StoreSink(options.data(), pipeline.version());
    LocalRunner runner = new LocalRunner(pipeline, 1, 1000);
    Counters total = new Counters();
    LocalRunner.Listener listener = new PrintingListener(System.err, false);
    int rc = 0;
    try {
      Watch.run(
          feeds,
          options.data(),
          once,
          interval,
          (RawDocument raw) -> {
            Counters c =
                runner.run(
                    List.<SourceItem>of(new SourceItem.Document(raw)).iterator(),
                    claims,
                    sink,
                    listener);
            if (c.get(Outcome.INGESTED) > 0) {
              System.err.println("ingested  " + raw.doc() + " (" + c.events() + " events)");
            }
            total.addAll(c);
          },
          System.err,
          PoliteFetcher.Config.defaults());
    } catch (IOException e) {
      System.err.println("parley watch: " + e.getMessage());
      rc = 1;
    }
    System.out.println(total.summary());
    return rc;
  }
}
