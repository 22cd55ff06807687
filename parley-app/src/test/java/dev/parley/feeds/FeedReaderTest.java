package dev.parley.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.time.FeedDates;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedReaderTest {
  private static final URI BASE = URI.create("https://news.example.invalid/feeds/world.xml");

  private static FeedReader.Feed read(String xml) throws FeedException {
    return FeedReader.read(xml.getBytes(StandardCharsets.UTF_8), BASE);
  }

  @Test
  void rss2Items() throws FeedException {
    FeedReader.Feed feed =
        read(
            """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
          <title>World | Example News</title>
          <item><title>Envoys meet in Geneva</title><link>https://news.example.invalid/world/envoys</link>
            <guid isPermaLink="false">story-1001</guid><pubDate>Sun, 30 Jun 2019 08:00:00 GMT</pubDate></item>
          <item><title>Talks  stall &amp; resume</title><link>/world/talks</link>
            <pubDate>Mon, 1 Jul 2019 10:15:00 +0200</pubDate></item>
          <item><title>Late story</title><link>https://news.example.invalid/world/late</link>
            <pubDate>Tue, 02 Jul 2019 21:00 EDT</pubDate></item>
          <item><title>Dublin Core date</title><link>https://news.example.invalid/world/dc</link>
            <dc:date>2019-07-03T06:00:00Z</dc:date></item>
          <item><guid>https://news.example.invalid/world/guid-only</guid></item>
        </channel></rss>
        """);
    assertEquals("World | Example News", feed.title());
    assertEquals(
        List.of(
            new FeedReader.Item(
                "story-1001",
                "https://news.example.invalid/world/envoys",
                "Envoys meet in Geneva",
                "2019-06-30T08:00:00Z"),
            new FeedReader.Item(
                "https://news.example.invalid/world/talks",
                "https://news.example.invalid/world/talks",
                "Talks stall & resume",
                "2019-07-01T10:15:00+02:00"),
            new FeedReader.Item(
                "https://news.example.invalid/world/late",
                "https://news.example.invalid/world/late",
                "Late story",
                "2019-07-02T21:00:00-04:00"),
            new FeedReader.Item(
                "https://news.example.invalid/world/dc",
                "https://news.example.invalid/world/dc",
                "Dublin Core date",
                "2019-07-03T06:00:00Z"),
            new FeedReader.Item(
                "https://news.example.invalid/world/guid-only",
                "https://news.example.invalid/world/guid-only",
                null,
                null)),
        feed.items());
    assertEquals(List.of(), feed.warnings());
  }

  @Test
  void atomEntries() throws FeedException {
    FeedReader.Feed feed =
        read(
            """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Example Wire</title>
          <entry><id>tag:example.invalid,2019:1</id><title type="html">Ministers &lt;em&gt;agree&lt;/em&gt;</title>
            <link rel="self" type="application/atom+xml" href="/entries/1.xml"/>
            <link rel="alternate" type="text/html" href="/2019/07/ministers-agree"/>
            <published>2019-07-04T09:30:00+01:00</published><updated>2019-07-05T00:00:00Z</updated></entry>
          <entry><id>tag:example.invalid,2019:2</id><title>Updated only</title>
            <link href="https://wire.example.invalid/2019/07/updated"/><updated>2019-07-06T12:00:00Z</updated></entry>
        </feed>
        """);
    assertEquals("Example Wire", feed.title());
    assertEquals(
        List.of(
            new FeedReader.Item(
                "tag:example.invalid,2019:1",
                "https://news.example.invalid/2019/07/ministers-agree",
                "Ministers agree",
                "2019-07-04T09:30:00+01:00"),
            new FeedReader.Item(
                "tag:example.invalid,2019:2",
                "https://wire.example.invalid/2019/07/updated",
                "Updated only",
                "2019-07-06T12:00:00Z")),
        feed.items());
  }

  @Test
  void problemsWithSingleItemsAreWarnings() throws FeedException {
    FeedReader.Feed feed =
        read(
            """
        <rss version="2.0"><channel><title>T</title>
          <item><title>No link, no guid</title></item>
          <item><title>Bad date</title><link>https://news.example.invalid/a</link><pubDate>yesterday-ish</pubDate></item>
        </channel></rss>
        """);
    assertEquals(
        List.of(
            new FeedReader.Item(
                "https://news.example.invalid/a",
                "https://news.example.invalid/a",
                "Bad date",
                null)),
        feed.items());
    assertEquals(
        List.of(
            "item 1 \"No link, no guid\" has neither an id nor a link",
            "item 2: unreadable pubDate 'yesterday-ish'"),
        feed.warnings());
  }

  @Test
  void externalEntitiesAreRefused() {
    FeedException e =
        assertThrows(
            FeedException.class,
            () ->
                read(
                    """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <rss version="2.0"><channel><title>&xxe;</title></channel></rss>
        """));
    assertEquals("feed declares a DTD (<!DOCTYPE>), refused as unsafe", e.getMessage());
  }

  @Test
  void entityExpansionBombIsRefused() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY a0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY a")
          .append(i)
          .append(" \"")
          .append(("&a" + (i - 1) + ";").repeat(10))
          .append("\">");
    }
    dtd.append("]>");
    FeedException e =
        assertThrows(
            FeedException.class,
            () -> read(dtd + "<rss version=\"2.0\"><channel><title>&a9;</title></channel></rss>"));
    assertTrue(e.getMessage().contains("DTD"), e.getMessage());
  }

  @Test
  void notAFeed() {
    assertEquals(
        "not an RSS or Atom feed: the root element is <html>",
        assertThrows(FeedException.class, () -> read("<html><body>hi</body></html>")).getMessage());
    FeedException broken =
        assertThrows(FeedException.class, () -> read("<rss><channel>\n<item></channel>"));
    assertTrue(
        broken.getMessage().startsWith("not well-formed XML at line 2: "), broken.getMessage());
    assertEquals(
        "RSS feed without a <channel>",
        assertThrows(FeedException.class, () -> read("<rss version=\"2.0\"/>")).getMessage());
  }

  @Test
  void rfc822Dates() {
    assertEquals(
        "2019-06-30T08:00:00Z", FeedDates.rfc822("Sun, 30 Jun 2019 08:00:00 GMT").orElseThrow());
    assertEquals(
        "2019-06-30T08:00:00-08:00", FeedDates.rfc822("30 Jun 2019 08:00:00 PST").orElseThrow());
    assertEquals(
        "2019-06-30T08:00:00+05:30",
        FeedDates.rfc822("Sun, 30 June 2019 08:00:00 +05:30").orElseThrow());
    assertEquals(
        "2019-06-30T08:00:00", FeedDates.rfc822("Sun, 30 Jun 19 08:00:00 XYZ").orElseThrow());
    assertEquals("2019-06-30T08:00:00Z", FeedDates.rfc822("2019-06-30T08:00:00Z").orElseThrow());
    assertTrue(FeedDates.rfc822("Sun, 31 Jun 2019 08:00:00 GMT").isEmpty());
    assertEquals("2019-07-03", FeedDates.rfc3339("2019-07-03").orElseThrow());
  }
}
