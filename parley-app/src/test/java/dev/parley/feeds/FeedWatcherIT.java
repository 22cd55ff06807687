package dev.parley.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.parley.ingest.Hints;
import dev.parley.ingest.RawDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds, pages and a robots.txt served by the JDK's HTTP server on 127.0.0.1, watched for real:
 * what is fetched, what robots.txt keeps out, timeouts and size caps, a second poll, a restart and
 * a stop.
 */
class FeedWatcherIT {
  private static final Duration MIN_DELAY = Duration.ofMillis(60);
  private static final PoliteFetcher.Config CONFIG =
      PoliteFetcher.Config.defaults()
          .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(1000))
          .withMaxBytes(100_000)
          .withMinDelay(MIN_DELAY);

  /** One request as the server saw it. */
  private record Hit(String path, String userAgent, long startNanos, long endNanos) {}

  @TempDir Path data;

  private HttpServer server;
  private ExecutorService pool;
  private String base;
  private final List<Hit> hits = Collections.synchronizedList(new ArrayList<>());
  private final List<String> arrivals = Collections.synchronizedList(new ArrayList<>());
  private final List<String> rssItems = Collections.synchronizedList(new ArrayList<>());
  private volatile long slowMillis = 3000;
  private final CountDownLatch slowAsked = new CountDownLatch(1);

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    pool = Executors.newFixedThreadPool(4);
    server.setExecutor(pool);
    server.createContext("/", this::handle);
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    rssItems.addAll(
        List.of(
            item("Envoys meet in Geneva", "/news/a1.html", "Sun, 30 Jun 2019 08:00:00 GMT"),
            item("Talks stall", "/news/a2.html", "Mon, 01 Jul 2019 10:15:00 +0200"),
            item("Secret memo", "/private/secret.html", "Mon, 01 Jul 2019 11:00:00 GMT"),
            item("Slow page", "/slow.html", "Mon, 01 Jul 2019 12:00:00 GMT"),
            item("Huge page", "/big.html", "Mon, 01 Jul 2019 13:00:00 GMT"),
            item(
                "Huge page without a length", "/big-chunked.html", "Mon, 01 Jul 2019 13:30:00 GMT"),
            item("A report", "/report.pdf", "Mon, 01 Jul 2019 14:00:00 GMT"),
            item("Gone", "/gone.html", "Mon, 01 Jul 2019 15:00:00 GMT")));
  }

  @AfterEach
  void stopServer() throws InterruptedException {
    server.stop(0);
    pool.shutdownNow();
    pool.awaitTermination(5, TimeUnit.SECONDS);
  }

  private String item(String title, String path, String date) {
    return "<item><title>"
        + title
        + "</title><link>"
        + base
        + path
        + "</link><pubDate>"
        + date
        + "</pubDate></item>";
  }

  private static String page(String title, String body) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + title
        + "</title></head>"
        + "<body><article><h1>"
        + title
        + "</h1><p>"
        + body
        + "</p></article></body></html>";
  }

  private void handle(HttpExchange ex) throws IOException {
    long start = System.nanoTime();
    String path = ex.getRequestURI().getPath();
    arrivals.add(path);
    try {
      switch (path) {
        case "/robots.txt" -> send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
        case "/rss.xml" ->
            send(
                ex,
                200,
                "application/rss+xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Wire</title>"
                    + String.join("", rssItems)
                    + "</channel></rss>");
        case "/atom.xml" ->
            send(
                ex,
                200,
                "application/atom+xml; charset=utf-8",
                """
            <?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title>
            <entry><id>tag:wire.invalid,2019:b1</id><title>Summit ends</title>
              <link rel="alternate" href="%s/news/b1.html"/><published>2019-07-02T09:00:00Z</published></entry>
            <entry><id>tag:wire.invalid,2019:b2</id><title>Ceasefire holds</title>
              <link href="/news/b2.html"/><updated>2019-07-03T10:00:00+03:00</updated></entry>
            </feed>"""
                    .formatted(base));
        case "/slow.html" -> {
          slowAsked.countDown();
          sleep(slowMillis);
          send(ex, 200, "text/html", page("Slow", "Too late."));
        }
        case "/big.html" -> send(ex, 200, "text/html", page("Big", "x".repeat(300_000)));
        case "/big-chunked.html" -> {
          ex.getResponseHeaders().set("Content-Type", "text/html");
          ex.sendResponseHeaders(200, 0); // chunked: no length announced
          try (OutputStream out = ex.getResponseBody()) {
            byte[] block = "<p>filler</p>".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 30; i++) {
              out.write(block);
            }
          } catch (IOException closedByClient) {
            // the client hangs up once over its cap
          }
        }
        case "/report.pdf" -> send(ex, 200, "application/pdf", "%PDF-1.4");
        default -> {
          if (path.startsWith("/news/")) {
            String name = path.substring("/news/".length(), path.length() - ".html".length());
            send(
                ex,
                200,
                "text/html; charset=utf-8",
                page("Story " + name, "Body of story " + name + " — café."));
          } else if (path.startsWith("/private/")) {
            send(ex, 200, "text/html", page("Private", "Must never be fetched."));
          } else {
            send(ex, 404, "text/html", "<html><body>Not found</body></html>");
          }
        }
      }
    } finally {
      hits.add(
          new Hit(path, ex.getRequestHeaders().getFirst("User-Agent"), start, System.nanoTime()));
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void send(HttpExchange ex, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    try {
      ex.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    } catch (IOException closedByClient) {
      // a client that gave up (timeout, size cap) closes the connection
    }
  }

  /** Requests for {@code path} received so far (a slow one counts from its arrival). */
  private long count(String path) {
    synchronized (arrivals) {
      return arrivals.stream().filter(path::equals).count();
    }
  }

  /** Remembers every event of a watcher, in order. */
  private static final class Events implements FeedWatcher.Listener {
    final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void feedRead(String feed, int items, int newItems) {
      lines.add("feed " + feed + " " + items + "/" + newItems);
    }

    @Override
    public void feedFailed(String feed, String reason) {
      lines.add("feed failed " + feed + ": " + reason);
    }

    @Override
    public void item(String feed, String url, FeedWatcher.ItemOutcome outcome, String detail) {
      lines.add(outcome + " " + url + (detail.isEmpty() ? "" : ": " + detail));
    }

    @Override
    public void warning(String feed, String message) {
      lines.add("warning " + feed + ": " + message);
    }

    List<String> starting(String prefix) {
      synchronized (lines) {
        return lines.stream().filter(l -> l.startsWith(prefix)).toList();
      }
    }
  }

  private FeedWatcher watcher(
      FeedState state, List<RawDocument> sink, Events events, List<String> feeds) {
    return new FeedWatcher(feeds, state, new PoliteFetcher(CONFIG), sink::add, events, 3);
  }

  @Test
  void pollsFetchNewPagesOnlyObeyRobotsAndSurviveARestart() throws Exception {
    List<String> feeds = List.of(base + "/rss.xml", base + "/atom.xml");
    List<RawDocument> got = new ArrayList<>();
    Events events = new Events();
    FeedWatcher.Poll first;
    FeedWatcher.Poll second;
    try (FeedState state = FeedState.open(data)) {
      FeedWatcher w = watcher(state, got, events, feeds);
      first = w.pollOnce();

      assertEquals(new FeedWatcher.Poll(2, 0, 10, 4, 5, 1, 0), first, events.lines.toString());
      assertEquals(
          List.of(
              base + "/news/a1.html",
              base + "/news/a2.html",
              base + "/news/b1.html",
              base + "/news/b2.html"),
          got.stream().map(RawDocument::doc).toList());
      RawDocument a1 = got.get(0);
      assertEquals(RawDocument.ContentType.HTML, a1.type());
      assertEquals(
          new Hints("Envoys meet in Geneva", "2019-06-30T08:00:00Z", null, base + "/news/a1.html"),
          a1.hints());
      assertTrue(a1.content().contains("<p>Body of story a1 — café.</p>"), a1.content());
      assertEquals(
          new Hints("Ceasefire holds", "2019-07-03T10:00:00+03:00", null, base + "/news/b2.html"),
          got.get(3).hints());

      assertEquals(0, count("/private/secret.html"));
      assertEquals(1, count("/robots.txt"));
      assertEquals(
          List.of(
              "SKIPPED "
                  + base
                  + "/private/secret.html: robots.txt of 127.0.0.1 disallows /private/secret.html",
              "RETRY " + base + "/slow.html: no whole answer within 1.0 s (attempt 1 of 3)",
              "SKIPPED "
                  + base
                  + "/big.html: page over the size cap (0.1 MB): Content-Length 300142",
              "SKIPPED "
                  + base
                  + "/big-chunked.html: page over the size cap (0.1 MB): more than 100000 bytes",
              "SKIPPED " + base + "/report.pdf: not HTML: application/pdf",
              "SKIPPED " + base + "/gone.html: HTTP 404"),
          events.lines.stream()
              .filter(l -> l.startsWith("SKIPPED") || l.startsWith("RETRY"))
              .toList());

      // a new item appears; the second poll fetches it alone (and tries the slow page again)
      rssItems.add(0, item("Fresh story", "/news/a3.html", "Tue, 02 Jul 2019 07:00:00 GMT"));
      got.clear();
      second = w.pollOnce();
      assertEquals(new FeedWatcher.Poll(2, 0, 2, 1, 0, 1, 0), second, events.lines.toString());
      assertEquals(List.of(base + "/news/a3.html"), got.stream().map(RawDocument::doc).toList());
    }

    // a restart: new state object, new watcher, new fetcher; nothing is fetched again
    got.clear();
    Events after = new Events();
    try (FeedState state = FeedState.open(data)) {
      FeedWatcher.Poll third = watcher(state, got, after, feeds).pollOnce();
      assertEquals(new FeedWatcher.Poll(2, 0, 1, 0, 0, 0, 1), third, after.lines.toString());
      assertEquals(List.of(), got);
      assertEquals(
          List.of(
              "FAILED "
                  + base
                  + "/slow.html: gave up after 3 attempts: no whole answer within 1.0 s"),
          after.starting("FAILED"));
    }
    for (String page :
        List.of(
            "/news/a1.html",
            "/news/a2.html",
            "/news/a3.html",
            "/news/b1.html",
            "/news/b2.html",
            "/big.html",
            "/report.pdf",
            "/gone.html")) {
      assertEquals(1, count(page), page);
    }
    assertEquals(3, count("/slow.html"));
    assertEquals(2, count("/robots.txt")); // once per fetcher

    synchronized (hits) {
      assertTrue(
          hits.stream().allMatch(h -> PoliteFetcher.USER_AGENT.equals(h.userAgent())),
          hits.toString());
    }
  }

  @Test
  void oneRequestAtATimeWithTheMinimumDelayBetween() throws Exception {
    rssItems.clear();
    for (int i = 1; i <= 4; i++) {
      rssItems.add(item("Story " + i, "/news/s" + i + ".html", "Sun, 30 Jun 2019 08:00:00 GMT"));
    }
    List<RawDocument> got = new ArrayList<>();
    try (FeedState state = FeedState.open(data)) {
      watcher(state, got, new Events(), List.of(base + "/rss.xml")).pollOnce();
    }
    assertEquals(4, got.size());
    List<Hit> sorted;
    synchronized (hits) {
      sorted =
          hits.stream().sorted((a, b) -> Long.compare(a.startNanos(), b.startNanos())).toList();
    }
    assertEquals(6, sorted.size()); // robots.txt, the feed, four pages
    for (int i = 1; i < sorted.size(); i++) {
      long gap = sorted.get(i).startNanos() - sorted.get(i - 1).endNanos();
      assertTrue(
          gap >= MIN_DELAY.toNanos() * 8 / 10,
          "gap of " + gap / 1_000_000 + " ms before " + sorted.get(i).path());
    }
  }

  @Test
  void stopDuringASlowFetchReturnsPromptlyWithTheStateSaved() throws Exception {
    slowMillis = 8000;
    rssItems.clear();
    rssItems.add(item("First", "/news/first.html", "Sun, 30 Jun 2019 08:00:00 GMT"));
    rssItems.add(item("Slow page", "/slow.html", "Mon, 01 Jul 2019 12:00:00 GMT"));
    List<RawDocument> got = Collections.synchronizedList(new ArrayList<>());
    PoliteFetcher.Config patient =
        CONFIG.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(20));
    FeedState state = FeedState.open(data);
    FeedWatcher w =
        new FeedWatcher(
            List.of(base + "/rss.xml"),
            state,
            new PoliteFetcher(patient),
            got::add,
            new Events(),
            3);
    Thread t =
        new Thread(
            () -> {
              try {
                w.run(Duration.ofHours(1), p -> {});
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    t.start();
    assertTrue(slowAsked.await(10, TimeUnit.SECONDS));
    long before = System.nanoTime();
    w.stop();
    assertTrue(w.awaitStopped(Duration.ofSeconds(5)));
    t.join(5000);
    assertFalse(t.isAlive());
    assertTrue(System.nanoTime() - before < TimeUnit.SECONDS.toNanos(4), "stop took too long");
    state.close();

    assertEquals(1, got.size());
    try (FeedState reopened = FeedState.open(data)) {
      String key = FeedWatcher.key(base + "/rss.xml");
      assertTrue(reopened.seen(key, base + "/news/first.html"));
      assertFalse(reopened.seen(key, base + "/slow.html"));
    }
  }

  @Test
  void watchOnceOnALocalFeedFile() throws Exception {
    Path feed = data.resolve("local-feed.xml");
    Files.writeString(
        feed,
        "<rss version=\"2.0\"><channel><title>Local</title>"
            + item("Local one", "/news/l1.html", "Sun, 30 Jun 2019 08:00:00 GMT")
            + "<item><title>Relative</title><link>relative.html</link></item>"
            + "</channel></rss>");
    List<RawDocument> got = new ArrayList<>();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

    Watch.run(
        List.of(feed.toString()), data.resolve("store"), true, null, got::add, errStream, CONFIG);

    assertEquals(List.of(base + "/news/l1.html"), got.stream().map(RawDocument::doc).toList());
    String log = err.toString(StandardCharsets.UTF_8);
    String relative = feed.toAbsolutePath().toUri().resolve("relative.html").toString();
    assertTrue(log.contains("skipped " + relative + ": not an http(s) address: " + relative), log);
    assertTrue(
        log.contains(
            "poll: 1 feeds (0 failed): 2 new items, 1 fetched, 1 skipped, 0 to retry, 0 failed"),
        log);
    assertTrue(Files.exists(FeedState.fileIn(data.resolve("store"))));

    // a second run on the same data directory takes nothing
    got.clear();
    Watch.run(
        List.of(feed.toString()), data.resolve("store"), true, null, got::add, errStream, CONFIG);
    assertEquals(List.of(), got);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Watch.run(
                List.of(feed.toString()),
                data,
                true,
                Duration.ofMinutes(1),
                got::add,
                errStream,
                CONFIG));
  }

  @Test
  void unreadableFeedsAreNamedAndTheOthersStillPolled() throws Exception {
    List<RawDocument> got = new ArrayList<>();
    Events events = new Events();
    try (FeedState state = FeedState.open(data)) {
      FeedWatcher.Poll p =
          watcher(
                  state,
                  got,
                  events,
                  List.of(
                      base + "/missing.xml",
                      base + "/news/x.html",
                      data.resolve("nope.xml").toString(),
                      base + "/atom.xml"))
              .pollOnce();
      assertEquals(new FeedWatcher.Poll(1, 3, 2, 2, 0, 0, 0), p);
    }
    assertEquals(
        List.of(
            "feed failed " + base + "/missing.xml: HTTP 404",
            "feed failed "
                + base
                + "/news/x.html: feed declares a DTD (<!DOCTYPE>), refused as unsafe",
            "feed failed " + data.resolve("nope.xml") + ": no such feed file"),
        events.starting("feed failed"));
    assertEquals(URI.create(base + "/news/b2.html").toString(), got.get(1).doc());
  }
}
