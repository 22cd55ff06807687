package dev.parley.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedStateTest {
  @TempDir Path data;

  @Test
  void survivesAReopen() throws IOException {
    try (FeedState s = FeedState.open(data)) {
      s.markSeen("https://a.invalid/rss", "guid-1");
      s.markSeen("https://a.invalid/rss", "guid-2");
      assertEquals(1, s.recordFailure("https://a.invalid/rss", "guid-3"));
      assertEquals(2, s.recordFailure("https://a.invalid/rss", "guid-3"));
      s.markSeen("/feeds/local.xml", "x");
      s.save();
    }
    try (FeedState s = FeedState.open(data)) {
      assertTrue(s.seen("https://a.invalid/rss", "guid-1"));
      assertTrue(s.seen("https://a.invalid/rss", "guid-2"));
      assertFalse(s.seen("https://a.invalid/rss", "guid-3"));
      assertEquals(3, s.recordFailure("https://a.invalid/rss", "guid-3"));
      assertTrue(s.seen("/feeds/local.xml", "x"));
      assertFalse(s.seen("/feeds/local.xml", "guid-1"));
    }
    try (Stream<Path> files = Files.list(data.resolve("feeds"))) {
      assertEquals(
          List.of("state.json", "state.lock"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void oneWatcherPerDataDirectory() throws IOException {
    try (FeedState first = FeedState.open(data)) {
      assertEquals(FeedState.fileIn(data), first.file());
      IOException e = assertThrows(IOException.class, () -> FeedState.open(data));
      assertTrue(
          e.getMessage().endsWith("state.lock: another parley watch is using this data directory"),
          e.getMessage());
    }
    FeedState.open(data).close();
  }

  @Test
  void aBrokenStateFileIsAnErrorNotAFreshStart() throws IOException {
    Files.createDirectories(data.resolve("feeds"));
    Files.writeString(FeedState.fileIn(data), "{\"version\": 1, \"feeds\": ");
    IOException e = assertThrows(IOException.class, () -> FeedState.open(data));
    assertTrue(
        e.getMessage().startsWith(FeedState.fileIn(data) + ": not a feed state file ("),
        e.getMessage());

    Files.writeString(FeedState.fileIn(data), "{\"version\": 7, \"feeds\": {}}");
    assertEquals(
        FeedState.fileIn(data) + ": feed state version 7, this Parley reads 1",
        assertThrows(IOException.class, () -> FeedState.open(data)).getMessage());
    Files.delete(FeedState.fileIn(data));
    FeedState.open(data).close(); // the lock was released after each failure
  }

  @Test
  void keepsTheNewestIdsPerFeed() throws IOException {
    try (FeedState s = FeedState.open(data)) {
      for (int i = 0; i < FeedState.MAX_IDS_PER_FEED + 5; i++) {
        s.markSeen("f", "id-" + i);
      }
      assertEquals(FeedState.MAX_IDS_PER_FEED, s.size("f"));
      assertFalse(s.seen("f", "id-4"));
      assertTrue(s.seen("f", "id-5"));
      assertTrue(s.seen("f", "id-" + (FeedState.MAX_IDS_PER_FEED + 4)));
    }
  }
}
