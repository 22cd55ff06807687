package dev.parley.feeds;

import dev.parley.ingest.RawDocument;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Watches feeds for {@code parley watch}: opens the feed state of the data directory, polls the
 * feeds once or on an interval, hands each new page to the sink, and prints one line per feed and
 * item and a summary per poll on the error stream. Ctrl-C (a JVM shutdown) stops it cleanly: the
 * fetch in hand is abandoned, the state saved. The command line (options, exit codes) is {@code
 * cli.WatchCommand}'s; a caller's mistake here fails fast with {@link IllegalArgumentException}.
 */
public final class Watch {
  /** The interval when neither {@code --once} nor {@code --every} is given. */
  public static final Duration DEFAULT_EVERY = Duration.ofMinutes(15);

  /** The shortest interval accepted: feeds are polled politely. */
  public static final Duration MIN_EVERY = Duration.ofSeconds(1);

  private static final Duration STOP_WAIT = Duration.ofSeconds(20);

  private Watch() {}

  /**
   * Watches the feeds.
   *
   * @param feeds feed URLs or local feed files
   * @param dataDir the data directory; the state goes to {@code feeds/state.json} under it
   * @param once one poll, then return
   * @param every the interval between polls (null: {@link #DEFAULT_EVERY}); must be null with
   *     {@code once}
   * @param sink receives each new page (the lead's ingest); an exception from it ends the watch
   * @param config the fetcher's settings ({@link PoliteFetcher.Config#defaults()} for the command)
   * @throws IllegalArgumentException when no feed is given, {@code once} comes with {@code every},
   *     or {@code every} is under {@link #MIN_EVERY}
   * @throws IOException when the feed state cannot be opened or saved
   */
  public static void run(
      List<String> feeds,
      Path dataDir,
      boolean once,
      Duration every,
      Consumer<RawDocument> sink,
      PrintStream err,
      PoliteFetcher.Config config)
      throws IOException {
    if (feeds == null || feeds.isEmpty()) {
      throw new IllegalArgumentException("no FEED given");
    }
    if (once && every != null) {
      throw new IllegalArgumentException("--once and --every exclude each other");
    }
    Duration interval = every == null ? DEFAULT_EVERY : every;
    if (interval.compareTo(MIN_EVERY) < 0) {
      throw new IllegalArgumentException(
          "--every must be at least " + MIN_EVERY.toSeconds() + " s");
    }
    FeedState state;
    try {
      state = FeedState.open(dataDir);
    } catch (IOException e) {
      throw new IOException("cannot open the feed state: " + e.getMessage(), e);
    }
    FeedWatcher watcher =
        new FeedWatcher(
            feeds,
            state,
            new PoliteFetcher(config),
            sink,
            new Lines(err),
            FeedWatcher.DEFAULT_MAX_ATTEMPTS);
    Thread hook =
        new Thread(
            () -> {
              watcher.stop();
              try {
                watcher.awaitStopped(STOP_WAIT);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "parley-watch-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try (state) {
      Consumer<FeedWatcher.Poll> onPoll = p -> err.println("poll: " + p.summary());
      if (once) {
        watcher.runOnce(onPoll);
      } else {
        err.println(
            "parley watch: polling "
                + feeds.size()
                + " feeds every "
                + interval
                + "; Ctrl-C stops");
        watcher.run(interval, onPoll);
      }
      err.println("parley watch: state saved to " + state.file());
    } catch (IOException e) {
      throw new IOException("cannot save the feed state: " + e.getMessage(), e);
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running: it is what stopped us
      }
    }
  }

  /** One line per event on the error stream. */
  private record Lines(PrintStream err) implements FeedWatcher.Listener {
    @Override
    public void feedRead(String feed, int items, int newItems) {
      err.println("feed " + feed + ": " + items + " items, " + newItems + " new");
    }

    @Override
    public void feedFailed(String feed, String reason) {
      err.println("feed " + feed + ": failed: " + reason);
    }

    @Override
    public void item(String feed, String url, FeedWatcher.ItemOutcome outcome, String detail) {
      String word = outcome.name().toLowerCase(java.util.Locale.ROOT);
      err.println(word + " " + url + (detail.isEmpty() ? "" : ": " + detail));
    }

    @Override
    public void warning(String feed, String message) {
      err.println("feed " + feed + ": warning: " + message);
    }
  }
}
