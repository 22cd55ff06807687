package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parley watch --once} against a feed and an article page served on 127.0.0.1: the item is
 * fetched, extracted, coded and stored; a second run (a restart) fetches nothing again.
 */
class WatchCommandIT {
  private HttpServer server;
  private String base;
  private final AtomicInteger pageHits = new AtomicInteger();
  private final AtomicInteger privateHits = new AtomicInteger();

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext(
        "/robots.txt", ex -> send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private/\n"));
    server.createContext(
        "/feed.xml",
        ex ->
            send(
                ex,
                200,
                "application/rss+xml",
                """
        <?xml version="1.0"?><rss version="2.0"><channel><title>Fjord Gazette</title>
        <item><title>Ministers meet in Oslo</title><link>%s/world/oslo.html</link>
        <pubDate>Tue, 05 Mar 2019 08:00:00 GMT</pubDate></item>
        <item><title>Hidden</title><link>%s/private/secret.html</link></item>
        </channel></rss>"""
                    .formatted(base, base)));
    server.createContext(
        "/world/oslo.html",
        ex -> {
          pageHits.incrementAndGet();
          send(
              ex,
              200,
              "text/html; charset=utf-8",
              """
          <html lang="en"><head><title>Ministers meet in Oslo</title></head><body>
          <nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Ministers meet in Oslo</h1>
          <p>OSLO — Norway's foreign minister met Sweden's prime minister in Oslo on Monday, officials said.</p>
          <p>The two governments agreed to expand cooperation on Arctic research and fisheries.</p>
          </article></body></html>""");
        });
    server.createContext(
        "/private/",
        ex -> {
          privateHits.incrementAndGet();
          send(ex, 200, "text/html", "<p>must not be fetched</p>");
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void onePollIngestsNewItemsOnceAndRespectsRobots(@TempDir Path tmp) throws IOException {
    Path data = tmp.resolve("data");
    CliRun first = CliRun.of("watch", base + "/feed.xml", "--once", "--data", data.toString());
    assertEquals(0, first.exit(), first.err());
    assertTrue(first.out().contains("1 ingested"), first.out() + first.err());
    assertEquals(1, pageHits.get());
    assertEquals(0, privateHits.get(), "robots.txt disallows /private/");

    List<JsonNode> articles = CliRun.jsonl(data, "articles");
    assertEquals(1, articles.size());
    assertEquals(base + "/world/oslo.html", articles.get(0).get("doc").asText());
    assertTrue(
        articles.get(0).get("published").asText().startsWith("2019-03-05"),
        articles.get(0).toString());
    List<JsonNode> events = CliRun.jsonl(data, "events");
    assertTrue(
        events.stream()
            .anyMatch(
                e ->
                    e.get("source").asText().equals("NORGOV")
                        && e.get("target").asText().equals("SWEGOV")
                        && e.get("date").asText().equals("2019-03-04")),
        events.toString());

    CliRun second = CliRun.of("watch", base + "/feed.xml", "--once", "--data", data.toString());
    assertEquals(0, second.exit(), second.err());
    assertEquals(1, pageHits.get(), "a restart must not fetch a seen item again");
    assertEquals(1, CliRun.jsonl(data, "articles").size());
  }

  private static void send(
      com.sun.net.httpserver.HttpExchange ex, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }
}
