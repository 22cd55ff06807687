package dev.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.clean.Article;
import dev.parley.events.Event;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The buffering writer: when it writes, and what it reports for each article. */
class StoreWriterIT {
  @TempDir Path dir;

  private final List<String> heard = new ArrayList<>();
  private long now;

  private final StoreWriter.Listener listener =
      new StoreWriter.Listener() {
        @Override
        public void written(StoredArticle a) {
          heard.add("written " + a.coded().article().id());
        }

        @Override
        public void duplicate(StoredArticle a) {
          heard.add("duplicate " + a.coded().article().id());
        }

        @Override
        public void failed(StoredArticle a, String reason) {
          heard.add("failed " + a.coded().article().id() + ": " + reason);
        }
      };

  private StoreWriter writer(int batchSize, Duration maxDelay) {
    StoreOptions quiet =
        StoreOptions.defaults()
            .withNotices(
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    StoreWriter.Settings settings = new StoreWriter.Settings(batchSize, maxDelay, quiet);
    StoreWriter.open(dir, settings, listener).close();
    return new StoreWriter(dir, settings, listener, () -> now);
  }

  private long stored() {
    try (Store store = Store.open(dir, Store.Access.READ_ONLY)) {
      return store.counts().articles();
    }
  }

  @Test
  void writesWhenTheBatchIsFull() {
    StoreWriter w = writer(3, Duration.ofHours(1));
    w.add(Fixtures.bulk(1, 1));
    w.add(Fixtures.bulk(2, 1));
    assertEquals(0, stored());
    assertEquals(2, w.buffered());
    w.add(Fixtures.bulk(3, 1));
    assertEquals(3, stored());
    assertEquals(0, w.buffered());
    assertEquals(List.of("written a00001", "written a00002", "written a00003"), heard);
  }

  @Test
  void writesWhenTheOldestArticleHasWaitedTooLong() {
    StoreWriter w = writer(100, Duration.ofSeconds(5));
    w.add(Fixtures.bulk(1, 1));
    now += Duration.ofSeconds(4).toNanos();
    w.add(Fixtures.bulk(2, 1));
    assertEquals(0, stored());
    now += Duration.ofSeconds(1).toNanos();
    w.add(Fixtures.bulk(3, 1));
    assertEquals(3, stored());
    w.add(Fixtures.bulk(4, 1));
    w.close();
    assertEquals(4, stored());
    assertEquals(4, w.written());
  }

  @Test
  void oneBadArticleDoesNotLoseTheOthers() {
    StoreWriter w = writer(10, Duration.ofHours(1));
    StoredArticle good = Fixtures.bulk(1, 2);
    Article a = Fixtures.article("bad", null, "text");
    Event noCode =
        Event.builder()
            .eventId("bad:0")
            .articleId("bad")
            .date(null)
            .source("USA")
            .sourceName(null)
            .target(null)
            .targetName(null)
            .code(null)
            .root("01")
            .quadClass(1)
            .goldstein(0)
            .plover(null)
            .modality(dev.parley.events.Modality.ASSERTED)
            .negated(false)
            .sentenceIndex(0)
            .evidenceStart(0)
            .evidenceEnd(1)
            .sentence("t")
            .rule("r")
            .confidence(1)
            .build();
    StoredArticle bad = Fixtures.stored(a, List.of(), List.of(noCode));
    w.add(good);
    w.add(bad);
    w.add(Fixtures.bulk(1, 2));
    w.add(Fixtures.bulk(2, 0));
    assertEquals(Set.of("a00001"), w.knownIds(List.of("a00001", "zzz")));
    w.close();
    assertEquals(
        List.of(
            "written a00001",
            "failed bad: cannot store article bad event bad:0: missing or invalid code",
            "duplicate a00001",
            "written a00002"),
        heard);
    assertEquals(2, stored());
    assertEquals(Set.of("a00001", "a00002"), w.knownIds(List.of("a00001", "a00002", "bad")));
  }
}
