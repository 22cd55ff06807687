package dev.parley.feeds;

import java.net.URI;
import java.util.Objects;

/** What {@link PoliteFetcher#fetch} gave: the page, or why there is none. */
public sealed interface FetchResult permits FetchResult.Fetched, FetchResult.NotFetched {
  /** The address asked for. */
  URI uri();

  /**
   * A 2xx response read in full.
   *
   * @param uri the address asked for
   * @param finalUri the address the body came from, after redirects
   * @param contentType the {@code Content-Type} header, or null when there was none
   * @param body the body, at most the fetcher's size cap
   */
  record Fetched(URI uri, URI finalUri, String contentType, byte[] body) implements FetchResult {
    public Fetched {
      Objects.requireNonNull(uri, "uri");
      Objects.requireNonNull(finalUri, "finalUri");
      Objects.requireNonNull(body, "body");
    }
  }

  /**
   * No page.
   *
   * @param uri the address asked for
   * @param reason the kind of failure
   * @param detail one line for the user, e.g. "HTTP 404" or "no response within 10 s"
   */
  record NotFetched(URI uri, Reason reason, String detail) implements FetchResult {
    public NotFetched {
      Objects.requireNonNull(uri, "uri");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(detail, "detail");
    }

    /** Whether asking again later may succeed (a timeout, a server error, a refused connection). */
    public boolean retryable() {
      return reason.retryable;
    }
  }

  /** Why a page was not fetched. */
  enum Reason {
    /** The host's robots.txt disallows the path for ParleyBot. */
    DISALLOWED(false),
    /**
     * The host's robots.txt could not be read (5xx or no answer): RFC 9309 says stay away for now.
     */
    ROBOTS_UNREACHABLE(true),
    /** The body is larger than the size cap. */
    TOO_LARGE(false),
    /** No answer, or no whole body, within the timeout. */
    TIMEOUT(true),
    /** A status that will not change soon (4xx, too many redirects). */
    HTTP_ERROR(false),
    /** A status that may change (5xx, 429). */
    HTTP_RETRY(true),
    /** The connection failed. */
    NETWORK(true),
    /** Not an http or https address. */
    NOT_HTTP(false);

    private final boolean retryable;

    Reason(boolean retryable) {
      this.retryable = retryable;
    }
  }
}
