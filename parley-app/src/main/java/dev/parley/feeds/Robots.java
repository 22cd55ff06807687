package dev.parley.feeds;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules of one host's {@code robots.txt} that apply to Parley (RFC 9309): the groups naming
 * {@code ParleyBot}, else the {@code *} groups. A path is allowed unless the longest matching rule
 * is a {@code Disallow}; an {@code Allow} of the same length wins. Rules are path prefixes with
 * {@code *} (any run of characters) and a final {@code $} (end of path). {@code Crawl-delay} is
 * read when the group gives one.
 */
final class Robots {
  /** No rules: everything allowed (no robots.txt, or a 4xx for it). */
  static final Robots ALLOW_ALL = new Robots(List.of(), null);

  /** Everything refused (robots.txt unreachable: RFC 9309 says assume a complete disallow). */
  static final Robots DISALLOW_ALL = new Robots(List.of(new Rule("/", false)), null);

  private record Rule(String pattern, boolean allow) {}

  private final List<Rule> rules;
  private final Duration crawlDelay;

  private Robots(List<Rule> rules, Duration crawlDelay) {
    this.rules = List.copyOf(rules);
    this.crawlDelay = crawlDelay;
  }

  /**
   * Parses a robots.txt for the crawler named {@code agent} (its product token, e.g. "ParleyBot").
   */
  static Robots parse(String text, String agent) {
    String me = agent.toLowerCase(Locale.ROOT);
    List<Rule> mine = new ArrayList<>();
    List<Rule> any = new ArrayList<>();
    Duration myDelay = null;
    Duration anyDelay = null;
    boolean mineSeen = false;
    List<String> agents = new ArrayList<>();
    boolean inRules = false;
    for (String raw : text.split("\r\n|\r|\n")) {
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (key.equals("user-agent")) {
        if (inRules) {
          agents.clear();
          inRules = false;
        }
        agents.add(value.toLowerCase(Locale.ROOT));
        mineSeen |= value.equalsIgnoreCase(me);
        continue;
      }
      if (!key.equals("allow") && !key.equals("disallow") && !key.equals("crawl-delay")) {
        continue; // sitemap and other keys do not end a group
      }
      inRules = true;
      boolean forMe = agents.contains(me);
      boolean forAny = agents.contains("*");
      if (!forMe && !forAny) {
        continue;
      }
      if (key.equals("crawl-delay")) {
        Duration d = delay(value);
        if (forMe) {
          myDelay = d;
        }
        if (forAny) {
          anyDelay = d;
        }
        continue;
      }
      if (value.isEmpty()) {
        continue; // "Disallow:" with nothing allows everything; an empty Allow says nothing
      }
      Rule rule = new Rule(value, key.equals("allow"));
      if (forMe) {
        mine.add(rule);
      }
      if (forAny) {
        any.add(rule);
      }
    }
    return mineSeen ? new Robots(mine, myDelay) : new Robots(any, anyDelay);
  }

  /** Whether the path (with its query, e.g. {@code /news/a.html?x=1}) may be fetched. */
  boolean allows(String pathAndQuery) {
    String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
    if (path.equals("/robots.txt")) {
      return true;
    }
    Rule best = null;
    for (Rule r : rules) {
      if (matches(r.pattern(), path)
          && (best == null
              || r.pattern().length() > best.pattern().length()
              || (r.pattern().length() == best.pattern().length() && r.allow()))) {
        best = r;
      }
    }
    return best == null || best.allow();
  }

  /** The Crawl-delay the host asks for, if any. */
  Optional<Duration> crawlDelay() {
    return Optional.ofNullable(crawlDelay);
  }

  private static Duration delay(String value) {
    try {
      double seconds = Double.parseDouble(value);
      return seconds >= 0 && seconds < 86_400
          ? Duration.ofMillis(Math.round(seconds * 1000))
          : null;
    } catch (NumberFormatException e) {
      return null; // an unreadable Crawl-delay is no delay; the fetcher's own minimum still holds
    }
  }

  /**
   * Prefix match with {@code *} wildcards and an optional final {@code $}. A prefix match is a
   * whole match of the pattern followed by {@code *}; the greedy matcher below takes at most
   * pattern-length times path-length steps, whatever a hostile file puts in its patterns.
   */
  static boolean matches(String pattern, String path) {
    boolean anchored = pattern.endsWith("$");
    String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern + "*";
    int si = 0;
    int pi = 0;
    int star = -1;
    int mark = 0;
    while (si < path.length()) {
      if (pi < p.length() && p.charAt(pi) != '*' && p.charAt(pi) == path.charAt(si)) {
        si++;
        pi++;
      } else if (pi < p.length() && p.charAt(pi) == '*') {
        star = pi++;
        mark = si;
      } else if (star >= 0) {
        pi = star + 1;
        si = ++mark;
      } else {
        return false;
      }
    }
    while (pi < p.length() && p.charAt(pi) == '*') {
      pi++;
    }
    return pi == p.length();
  }
}
