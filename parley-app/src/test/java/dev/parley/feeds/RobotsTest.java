package dev.parley.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RobotsTest {
  @Test
  void starGroupWithLongestMatchAndAllowWinningTies() {
    Robots r =
        Robots.parse(
            """
        # comment
        User-agent: *
        Disallow: /private/
        Allow: /private/open
        Disallow: /tmp
        Allow: /tmp
        Sitemap: https://example.invalid/sitemap.xml

        User-agent: OtherBot
        Disallow: /
        """,
            "ParleyBot");
    assertTrue(r.allows("/news/a.html"));
    assertFalse(r.allows("/private/secret.html"));
    assertTrue(r.allows("/private/open/page.html"));
    assertTrue(r.allows("/tmp/x"));
    assertTrue(r.allows("/robots.txt"));
    assertEquals(Optional.empty(), r.crawlDelay());
  }

  @Test
  void ownGroupReplacesTheStarGroup() {
    Robots r =
        Robots.parse(
            """
        User-agent: *
        Disallow: /

        User-agent: googlebot
        User-agent: parleybot
        Disallow: /drafts
        Crawl-delay: 2.5
        """,
            "ParleyBot");
    assertTrue(r.allows("/news/a.html"));
    assertFalse(r.allows("/drafts/one"));
    assertEquals(Optional.of(Duration.ofMillis(2500)), r.crawlDelay());
  }

  @Test
  void emptyDisallowAllowsAllAndNoFileAllowsAll() {
    assertTrue(Robots.parse("User-agent: *\nDisallow:\n", "ParleyBot").allows("/anything"));
    assertTrue(Robots.ALLOW_ALL.allows("/anything"));
    assertFalse(Robots.DISALLOW_ALL.allows("/anything"));
  }

  @Test
  void wildcardsAndEndAnchor() {
    Robots r =
        Robots.parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /search*q=\n", "ParleyBot");
    assertFalse(r.allows("/files/report.pdf"));
    assertTrue(r.allows("/files/report.pdf.html"));
    assertFalse(r.allows("/search?lang=en&q=talks"));
    assertTrue(r.allows("/search/about"));
    assertTrue(Robots.matches("/a", "/a/b"));
    assertFalse(Robots.matches("/a$", "/a/b"));
  }

  @Test
  void hostilePatternsStayFast() {
    String pattern = "/" + "*a".repeat(40) + "b";
    Robots r = Robots.parse("User-agent: *\nDisallow: " + pattern + "\n", "ParleyBot");
    String path = "/" + "a".repeat(2000);
    assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertTrue(r.allows(path)));
  }
}
