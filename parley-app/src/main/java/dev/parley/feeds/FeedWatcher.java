package dev.parley.feeds;

import dev.parley.extract.HtmlDecoder;
import dev.parley.ingest.Hints;
import dev.parley.ingest.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Follows RSS and Atom feeds: each poll reads every feed (a URL through the {@link PoliteFetcher},
 * or a local file), fetches the pages of items not taken before, and hands each page to the sink as
 * an HTML {@link RawDocument} ({@code doc} = the item's link; hints: the item's title, its date as
 * ISO {@code published}, its link as {@code url}). What was taken is recorded in the {@link
 * FeedState} and saved after each feed, so a restart does not fetch it again. A fetch that may work
 * later (timeout, server error) is retried on later polls, up to a number of attempts.
 *
 * <p>{@link #run(Duration)} polls until {@link #stop()} (called from a shutdown hook on Ctrl-C, or
 * from another thread): the item in hand is finished or abandoned, the state saved, and {@code run}
 * returns. Not for use by two threads at once.
 */
public final class FeedWatcher {
  /** Attempts at an item before a retryable failure is given up. */
  public static final int DEFAULT_MAX_ATTEMPTS = 3;

  private static final Pattern WEB = Pattern.compile("^(?i)https?://.*");

  /** How an item of a poll ended. */
  public enum ItemOutcome {
    /** The page was fetched and handed to the sink. */
    FETCHED,
    /** Not fetched and not to be tried again (robots.txt, 404, too large, not HTML). */
    SKIPPED,
    /** Not fetched this time; tried again at the next poll. */
    RETRY,
    /** Not fetched after the last attempt: given up. */
    FAILED
  }

  /** Hears what a poll does, for progress lines. Called from the polling thread. */
  public interface Listener {
    void feedRead(String feed, int items, int newItems);

    void feedFailed(String feed, String reason);

    void item(String feed, String url, ItemOutcome outcome, String detail);

    void warning(String feed, String message);
  }

  /**
   * The figures of one poll.
   *
   * @param feeds feeds read
   * @param feedsFailed feeds that could not be read
   * @param newItems items not taken before
   * @param fetched pages handed to the sink
   * @param skipped items given up at once
   * @param retry items to try again at the next poll
   * @param failed items given up after their last attempt
   */
  public record Poll(
      int feeds, int feedsFailed, int newItems, int fetched, int skipped, int retry, int failed) {
    /** "2 feeds (0 failed): 5 new items, 3 fetched, 1 skipped, 1 to retry, 0 failed". */
    public String summary() {
      return String.format(
          Locale.ROOT,
          "%d feeds (%d failed): %d new items, %d fetched, %d skipped, %d to retry, %d failed",
          feeds,
          feedsFailed,
          newItems,
          fetched,
          skipped,
          retry,
          failed);
    }
  }

  private final List<String> feeds;
  private final FeedState state;
  private final PoliteFetcher fetcher;
  private final Consumer<RawDocument> sink;
  private final Listener listener;
  private final int maxAttempts;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile boolean stopping;
  private volatile Thread runner;

  /**
   * @param feeds feed URLs ({@code http(s)://...}) or paths of local feed files
   * @param sink receives each fetched page; an exception from it stops the poll (the item stays
   *     untaken)
   */
  public FeedWatcher(
      List<String> feeds,
      FeedState state,
      PoliteFetcher fetcher,
      Consumer<RawDocument> sink,
      Listener listener,
      int maxAttempts) {
    if (feeds == null || feeds.isEmpty()) {
      throw new IllegalArgumentException("feeds must not be empty");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
    this.feeds = List.copyOf(feeds);
    this.state = Objects.requireNonNull(state, "state");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.sink = Objects.requireNonNull(sink, "sink");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.maxAttempts = maxAttempts;
  }

  /** The name a feed is kept under in the state: its URL, or its file's absolute path. */
  public static String key(String feed) {
    return WEB.matcher(feed).matches()
        ? feed.strip()
        : Path.of(feed).toAbsolutePath().normalize().toString();
  }

  /**
   * Polls every feed once. The state is saved after each feed, and before returning or throwing.
   *
   * @throws InterruptedException when {@link #stop()} interrupted a wait or a fetch
   * @throws IOException when the state cannot be saved
   */
  public Poll pollOnce() throws InterruptedException, IOException {
    Counts c = new Counts();
    try {
      for (String feed : feeds) {
        if (stopping) {
          break;
        }
        pollFeed(feed, c);
        state.save();
      }
    } finally {
      state.save();
    }
    return new Poll(c.feeds, c.feedsFailed, c.newItems, c.fetched, c.skipped, c.retry, c.failed);
  }

  /**
   * Polls every {@code every} (counted from the start of one poll to the start of the next) until
   * {@link #stop()}; returns with the state saved.
   *
   * @param onPoll receives each poll's figures
   * @throws IOException when the state cannot be saved
   */
  public void run(Duration every, Consumer<Poll> onPoll) throws IOException {
    if (every == null || every.isZero() || every.isNegative()) {
      throw new IllegalArgumentException("every must be positive: " + every);
    }
    loop(every, onPoll);
  }

  /**
   * One poll that {@link #stop()} can cut short, like {@link #run}; returns with the state saved.
   */
  public void runOnce(Consumer<Poll> onPoll) throws IOException {
    loop(null, onPoll);
  }

  private void loop(Duration every, Consumer<Poll> onPoll) throws IOException {
    runner = Thread.currentThread();
    try {
      while (!stopping) {
        long start = System.nanoTime();
        onPoll.accept(pollOnce());
        if (every == null) {
          break;
        }
        long wait = every.toNanos() - (System.nanoTime() - start);
        if (!stopping && wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
      }
    } catch (InterruptedException e) {
      if (!stopping) {
        Thread.currentThread().interrupt(); // interrupted by someone else: keep the flag for them
      }
    } finally {
      runner = null;
      if (stopping) {
        Thread.interrupted(); // a stop() that raced the end of the loop leaves no flag behind
      }
      stopped.countDown();
    }
  }

  /**
   * Asks {@link #run} to stop: a wait or fetch in progress is interrupted. Safe from any thread.
   */
  public void stop() {
    stopping = true;
    Thread t = runner;
    if (t != null) {
      t.interrupt();
    }
  }

  /**
   * Waits until {@link #run} or {@link #runOnce} has returned (with its state saved); false on
   * timeout.
   */
  public boolean awaitStopped(Duration timeout) throws InterruptedException {
    return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private static final class Counts {
    int feeds;
    int feedsFailed;
    int newItems;
    int fetched;
    int skipped;
    int retry;
    int failed;
  }

  private void pollFeed(String feed, Counts c) throws InterruptedException {
    String key = key(feed);
    FeedReader.Feed parsed;
    try {
      parsed = read(feed);
    } catch (FeedException e) {
      c.feedsFailed++;
      listener.feedFailed(feed, e.getMessage());
      return;
    }
    c.feeds++;
    parsed.warnings().forEach(w -> listener.warning(feed, w));
    List<FeedReader.Item> fresh = new ArrayList<>();
    for (FeedReader.Item item : parsed.items()) {
      if (!state.seen(key, item.id())) {
        fresh.add(item);
      }
    }
    listener.feedRead(feed, parsed.items().size(), fresh.size());
    c.newItems += fresh.size();
    for (FeedReader.Item item : fresh) {
      if (stopping) {
        return;
      }
      ItemOutcome outcome = take(feed, key, item);
      switch (outcome) {
        case FETCHED -> c.fetched++;
        case SKIPPED -> c.skipped++;
        case RETRY -> c.retry++;
        case FAILED -> c.failed++;
      }
    }
  }

  /** Reads a feed from the web or from a file. */
  private FeedReader.Feed read(String feed) throws FeedException, InterruptedException {
    long cap = fetcher.config().maxBytes();
    if (WEB.matcher(feed).matches()) {
      URI uri;
      try {
        uri = new URI(feed.strip());
      } catch (java.net.URISyntaxException e) {
        throw new FeedException("not a valid feed address: " + e.getMessage());
      }
      FetchResult r = fetcher.fetch(uri, PoliteFetcher.ACCEPT_FEED);
      if (r instanceof FetchResult.NotFetched n) {
        throw new FeedException(n.detail());
      }
      FetchResult.Fetched f = (FetchResult.Fetched) r;
      return FeedReader.read(f.body(), f.finalUri());
    }
    Path path = Path.of(feed);
    if (!Files.isRegularFile(path)) {
      throw new FeedException("no such feed file");
    }
    try (InputStream in = Files.newInputStream(path)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
      if (bytes.length > cap) {
        throw new FeedException(
            String.format(Locale.ROOT, "feed file over the size cap (%.1f MB)", cap / 1048576.0));
      }
      return FeedReader.read(bytes, path.toAbsolutePath().toUri());
    } catch (IOException e) {
      throw new FeedException("cannot read the feed file: " + e.getMessage(), e);
    }
  }

  /** Fetches one new item's page and hands it over; records the outcome in the state. */
  private ItemOutcome take(String feed, String key, FeedReader.Item item)
      throws InterruptedException {
    if (item.url() == null) {
      return settle(feed, key, item, ItemOutcome.SKIPPED, "no link to a page");
    }
    URI uri;
    try {
      uri = new URI(item.url());
    } catch (java.net.URISyntaxException e) {
      return settle(feed, key, item, ItemOutcome.SKIPPED, "not a valid address: " + e.getMessage());
    }
    FetchResult r = fetcher.fetch(uri, PoliteFetcher.ACCEPT_HTML);
    if (r instanceof FetchResult.NotFetched n) {
      if (!n.retryable()) {
        return settle(feed, key, item, ItemOutcome.SKIPPED, n.detail());
      }
      int attempts = state.recordFailure(key, item.id());
      if (attempts >= maxAttempts) {
        return settle(
            feed,
            key,
            item,
            ItemOutcome.FAILED,
            "gave up after " + attempts + " attempts: " + n.detail());
      }
      listener.item(
          feed,
          item.url(),
          ItemOutcome.RETRY,
          n.detail() + " (attempt " + attempts + " of " + maxAttempts + ")");
      return ItemOutcome.RETRY;
    }
    FetchResult.Fetched f = (FetchResult.Fetched) r;
    String type = baseType(f.contentType());
    if (type == null) {
      return settle(feed, key, item, ItemOutcome.SKIPPED, "no Content-Type");
    }
    if (!type.equals("text/html") && !type.equals("application/xhtml+xml")) {
      return settle(feed, key, item, ItemOutcome.SKIPPED, "not HTML: " + type);
    }
    HtmlDecoder.Decoded decoded = HtmlDecoder.decode(f.body(), f.contentType());
    if (decoded.text().isBlank()) {
      return settle(feed, key, item, ItemOutcome.SKIPPED, "empty page");
    }
    sink.accept(
        new RawDocument(
            item.url(),
            RawDocument.ContentType.HTML,
            decoded.text(),
            new Hints(item.title(), item.published(), null, item.url()),
            decoded.warnings()));
    return settle(
        feed,
        key,
        item,
        ItemOutcome.FETCHED,
        f.finalUri().equals(uri) ? "" : "from " + f.finalUri());
  }

  private ItemOutcome settle(
      String feed, String key, FeedReader.Item item, ItemOutcome outcome, String detail) {
    state.markSeen(key, item.id());
    listener.item(feed, item.url() == null ? item.id() : item.url(), outcome, detail);
    return outcome;
  }

  private static String baseType(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return null;
    }
    return contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
  }
}
