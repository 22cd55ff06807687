package dev.parley.feeds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Fetches pages the way a guest should: with a named user agent ({@value #USER_AGENT}), a connect
 * timeout and a deadline for the whole answer, a cap on the body size (checked against {@code
 * Content-Length} first, then while reading), the host's {@code robots.txt} fetched and obeyed
 * (cached per host), and one request at a time per host with a minimum delay between them (longer
 * when robots.txt asks for a {@code Crawl-delay}). Redirects are followed by hand, each hop checked
 * against its own host's robots.txt. Thread-safe.
 */
public final class PoliteFetcher {
  /** The User-Agent header Parley sends. */
  public static final String USER_AGENT = "ParleyBot/0.1 (+https://example.invalid/parley)";

  /** The name robots.txt groups address Parley by. */
  public static final String AGENT_TOKEN = "ParleyBot";

  /** Accept header for article pages. */
  public static final String ACCEPT_HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";

  /** Accept header for feeds. */
  public static final String ACCEPT_FEED =
      "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1";

  private static final long ROBOTS_MAX_BYTES = 512 * 1024;
  private static final Duration ROBOTS_RETRY = Duration.ofMinutes(1);

  /**
   * Settings of a fetcher.
   *
   * @param connectTimeout the longest wait for a connection
   * @param readTimeout the longest wait for the whole answer (headers and body) once asked
   * @param maxBytes bodies larger than this are refused
   * @param minDelay the least time between the end of one request and the start of the next to the
   *     same host
   * @param maxCrawlDelay the longest robots.txt {@code Crawl-delay} honoured (a longer one is cut
   *     to this)
   * @param robotsTtl how long a host's robots.txt is kept before it is fetched again
   * @param maxRedirects redirects followed before giving up
   */
  public record Config(
      Duration connectTimeout,
      Duration readTimeout,
      long maxBytes,
      Duration minDelay,
      Duration maxCrawlDelay,
      Duration robotsTtl,
      int maxRedirects) {
    public Config {
      positive(connectTimeout, "connectTimeout");
      positive(readTimeout, "readTimeout");
      if (maxBytes < 1) {
        throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
      }
      if (minDelay == null || minDelay.isNegative()) {
        throw new IllegalArgumentException("minDelay must be zero or more: " + minDelay);
      }
      if (maxCrawlDelay == null || maxCrawlDelay.isNegative()) {
        throw new IllegalArgumentException("maxCrawlDelay must be zero or more: " + maxCrawlDelay);
      }
      positive(robotsTtl, "robotsTtl");
      if (maxRedirects < 0) {
        throw new IllegalArgumentException("maxRedirects must be zero or more: " + maxRedirects);
      }
    }

    /** 10 s to connect, 30 s for the answer, 5 MB, 1 s between requests to a host, 5 redirects. */
    public static Config defaults() {
      return new Config(
          Duration.ofSeconds(10),
          Duration.ofSeconds(30),
          5L * 1024 * 1024,
          Duration.ofSeconds(1),
          Duration.ofSeconds(30),
          Duration.ofHours(24),
          5);
    }

    public Config withTimeouts(Duration connect, Duration read) {
      return new Config(connect, read, maxBytes, minDelay, maxCrawlDelay, robotsTtl, maxRedirects);
    }

    public Config withMaxBytes(long bytes) {
      return new Config(
          connectTimeout, readTimeout, bytes, minDelay, maxCrawlDelay, robotsTtl, maxRedirects);
    }

    public Config withMinDelay(Duration delay) {
      return new Config(
          connectTimeout, readTimeout, maxBytes, delay, maxCrawlDelay, robotsTtl, maxRedirects);
    }

    private static void positive(Duration d, String name) {
      if (d == null || d.isZero() || d.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive: " + d);
      }
    }
  }

  /** What one host allows and when it may next be asked; guarded by {@code lock}. */
  private static final class Host {
    final ReentrantLock lock = new ReentrantLock(true);
    long nextStartNanos = System.nanoTime();
    Robots robots;
    String robotsUnreachable;
    long robotsExpiresNanos;
  }

  /** One request's answer, or its failure. */
  private record Exchange(
      int status,
      String contentType,
      String location,
      byte[] body,
      FetchResult.Reason failure,
      String detail) {
    static Exchange failed(FetchResult.Reason reason, String detail) {
      return new Exchange(0, null, null, null, reason, detail);
    }
  }

  private final Config config;
  private final HttpClient client;
  private final ConcurrentHashMap<String, Host> hosts = new ConcurrentHashMap<>();

  public PoliteFetcher(Config config) {
    this.config = config;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(config.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  public Config config() {
    return config;
  }

  /**
   * Fetches {@code uri}, following redirects. Blocks while the host's turn comes.
   *
   * @param accept the Accept header ({@link #ACCEPT_HTML}, {@link #ACCEPT_FEED})
   * @throws InterruptedException when the thread is interrupted while waiting or fetching
   */
  public FetchResult fetch(URI uri, String accept) throws InterruptedException {
    URI current = uri;
    for (int hop = 0; hop <= config.maxRedirects(); hop++) {
      String scheme =
          current.getScheme() == null ? "" : current.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || current.getHost() == null) {
        return new FetchResult.NotFetched(
            uri, FetchResult.Reason.NOT_HTTP, "not an http(s) address: " + current);
      }
      Host host =
          hosts.computeIfAbsent(current.getHost().toLowerCase(Locale.ROOT), h -> new Host());
      Exchange answer;
      host.lock.lockInterruptibly();
      try {
        Robots robots = robots(host, current);
        if (robots == null) {
          return new FetchResult.NotFetched(
              uri,
              FetchResult.Reason.ROBOTS_UNREACHABLE,
              "robots.txt of "
                  + current.getHost()
                  + " unreadable ("
                  + host.robotsUnreachable
                  + ")");
        }
        String path = pathAndQuery(current);
        if (!robots.allows(path)) {
          return new FetchResult.NotFetched(
              uri,
              FetchResult.Reason.DISALLOWED,
              "robots.txt of " + current.getHost() + " disallows " + path);
        }
        answer = exchange(host, current, accept, config.maxBytes());
      } finally {
        host.lock.unlock();
      }
      if (answer.failure() != null) {
        return new FetchResult.NotFetched(uri, answer.failure(), answer.detail());
      }
      int status = answer.status();
      if (isRedirect(status) && answer.location() != null) {
        URI next = resolve(current, answer.location());
        if (next == null) {
          return new FetchResult.NotFetched(
              uri,
              FetchResult.Reason.HTTP_ERROR,
              "HTTP " + status + " to an unreadable Location '" + answer.location() + "'");
        }
        current = next;
        continue;
      }
      if (status >= 200 && status < 300) {
        return new FetchResult.Fetched(uri, current, answer.contentType(), answer.body());
      }
      boolean retry = status == 429 || status >= 500;
      return new FetchResult.NotFetched(
          uri,
          retry ? FetchResult.Reason.HTTP_RETRY : FetchResult.Reason.HTTP_ERROR,
          "HTTP " + status);
    }
    return new FetchResult.NotFetched(
        uri, FetchResult.Reason.HTTP_ERROR, "more than " + config.maxRedirects() + " redirects");
  }

  /** The host's rules, fetched when missing or stale; null when robots.txt is unreachable. */
  private Robots robots(Host host, URI uri) throws InterruptedException {
    long now = System.nanoTime();
    if ((host.robots != null || host.robotsUnreachable != null)
        && now - host.robotsExpiresNanos < 0) {
      return host.robots;
    }
    URI robotsUri = URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + "/robots.txt");
    Robots robots = null;
    String unreachable = null;
    for (int hop = 0; hop <= config.maxRedirects(); hop++) {
      Exchange e = exchange(host, robotsUri, "text/plain", ROBOTS_MAX_BYTES);
      if (e.failure() == FetchResult.Reason.TOO_LARGE) {
        robots =
            Robots.ALLOW_ALL; // RFC 9309 asks for at least 500 KiB to be read; more is not a rule
        // file
      } else if (e.failure() != null) {
        unreachable = e.detail();
      } else if (isRedirect(e.status()) && e.location() != null) {
        URI next = resolve(robotsUri, e.location());
        if (next != null
            && next.getHost() != null
            && next.getHost().equalsIgnoreCase(uri.getHost())) {
          robotsUri = next;
          continue;
        }
        robots = Robots.ALLOW_ALL; // redirected away: RFC 9309 treats it as unavailable
      } else if (e.status() >= 200 && e.status() < 300) {
        robots = Robots.parse(new String(e.body(), StandardCharsets.UTF_8), AGENT_TOKEN);
      } else if (e.status() >= 400 && e.status() < 500 && e.status() != 429) {
        robots = Robots.ALLOW_ALL; // unavailable: no rules
      } else {
        unreachable = "HTTP " + e.status();
      }
      break;
    }
    if (robots == null && unreachable == null) {
      robots = Robots.ALLOW_ALL; // too many redirects: unavailable
    }
    host.robots = robots;
    host.robotsUnreachable = unreachable;
    host.robotsExpiresNanos =
        System.nanoTime() + (robots != null ? config.robotsTtl() : ROBOTS_RETRY).toNanos();
    return robots;
  }

  /** One request, in the host's turn; the host's next turn starts a delay after this one ends. */
  private Exchange exchange(Host host, URI uri, String accept, long cap)
      throws InterruptedException {
    long wait = host.nextStartNanos - System.nanoTime();
    if (wait > 0) {
      TimeUnit.NANOSECONDS.sleep(wait);
    }
    try {
      return send(uri, accept, cap);
    } finally {
      host.nextStartNanos = System.nanoTime() + delay(host).toNanos();
    }
  }

  private Duration delay(Host host) {
    Duration d = config.minDelay();
    if (host.robots != null && host.robots.crawlDelay().isPresent()) {
      Duration asked = host.robots.crawlDelay().get();
      Duration capped =
          asked.compareTo(config.maxCrawlDelay()) > 0 ? config.maxCrawlDelay() : asked;
      d = capped.compareTo(d) > 0 ? capped : d;
    }
    return d;
  }

  private Exchange send(URI uri, String accept, long cap) throws InterruptedException {
    HttpRequest request;
    try {
      request =
          HttpRequest.newBuilder(uri)
              .timeout(config.readTimeout())
              .header("User-Agent", USER_AGENT)
              .header("Accept", accept)
              .GET()
              .build();
    } catch (IllegalArgumentException e) {
      return Exchange.failed(
          FetchResult.Reason.NOT_HTTP, "cannot request " + uri + ": " + e.getMessage());
    }
    CompletableFuture<HttpResponse<byte[]>> future =
        client.sendAsync(
            request,
            info -> {
              if (info.statusCode() < 200 || info.statusCode() >= 300) {
                return HttpResponse.BodySubscribers.replacing(new byte[0]);
              }
              return new Capped(cap, info.headers().firstValueAsLong("Content-Length").orElse(-1));
            });
    try {
      HttpResponse<byte[]> r = future.get(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
      return new Exchange(
          r.statusCode(),
          r.headers().firstValue("Content-Type").orElse(null),
          r.headers().firstValue("Location").orElse(null),
          r.body(),
          null,
          null);
    } catch (TimeoutException e) {
      future.cancel(true);
      return Exchange.failed(
          FetchResult.Reason.TIMEOUT, "no whole answer within " + seconds(config.readTimeout()));
    } catch (InterruptedException e) {
      future.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      return failure(e.getCause(), cap);
    }
  }

  private Exchange failure(Throwable cause, long cap) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof TooLarge) {
        return Exchange.failed(FetchResult.Reason.TOO_LARGE, t.getMessage());
      }
    }
    if (cause instanceof HttpConnectTimeoutException) {
      return Exchange.failed(
          FetchResult.Reason.TIMEOUT, "no connection within " + seconds(config.connectTimeout()));
    }
    if (cause instanceof HttpTimeoutException) {
      // the request's own timeout and the deadline of send() are the same; whichever fires, one
      // message
      return Exchange.failed(
          FetchResult.Reason.TIMEOUT, "no whole answer within " + seconds(config.readTimeout()));
    }
    String msg =
        cause == null
            ? "unknown failure"
            : cause.getMessage() == null ? cause.toString() : cause.getMessage();
    return Exchange.failed(FetchResult.Reason.NETWORK, msg);
  }

  private static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static URI resolve(URI base, String location) {
    try {
      return base.resolve(new URI(location.strip()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  private static String pathAndQuery(URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }

  /** The body was over the cap. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(String message) {
      super(message);
    }
  }

  /** Collects a body up to a cap; cancels the download as soon as it is over. */
  private static final class Capped implements HttpResponse.BodySubscriber<byte[]> {
    private final long cap;
    private final long declared;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    Capped(long cap, long declared) {
      this.cap = cap;
      this.declared = declared;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (declared > cap) {
        s.cancel();
        result.completeExceptionally(new TooLarge(tooLarge("Content-Length " + declared)));
        return;
      }
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer b : items) {
        int n = b.remaining();
        if (out.size() + (long) n > cap) {
          subscription.cancel();
          result.completeExceptionally(new TooLarge(tooLarge("more than " + cap + " bytes")));
          return;
        }
        byte[] chunk = new byte[n];
        b.get(chunk);
        out.write(chunk, 0, n);
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(out.toByteArray());
    }

    private String tooLarge(String what) {
      return String.format(
          Locale.ROOT, "page over the size cap (%.1f MB): %s", cap / 1048576.0, what);
    }
  }
}
