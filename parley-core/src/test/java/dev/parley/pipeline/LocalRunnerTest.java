package dev.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.ingest.Hints;
import dev.parley.ingest.RawDocument;
import dev.parley.ingest.SourceItem;
import dev.parley.outcome.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The runner with fake stages: outcomes, order, duplicates and refusals, whatever the threads. */
class LocalRunnerTest {

  /** Records what the sink took and what the listener heard. */
  static final class Recorder implements Sink, LocalRunner.Listener {
    final List<String> accepted = new ArrayList<>();
    final List<String> heard = new ArrayList<>();
    final List<Refusal> toRefuse = new ArrayList<>();

    @Override
    public void accept(Result result) {
      accepted.add(result.doc());
    }

    @Override
    public List<Refusal> flush() {
      List<Refusal> out = List.copyOf(toRefuse);
      toRefuse.clear();
      return out;
    }

    @Override
    public void outcome(String doc, Outcome outcome, String reason) {
      heard.add(outcome.word() + " " + doc + ": " + reason);
    }

    @Override
    public void warning(String doc, String message) {
      heard.add("warning " + doc + ": " + message);
    }

    @Override
    public void progress(Counters counters, double articlesPerSecond) {}
  }

  private static SourceItem doc(String name, String text) {
    return new SourceItem.Document(RawDocument.text(name, text, Hints.NONE));
  }

  private static Counters run(int threads, List<SourceItem> items, Set<String> stored, Recorder r) {
    return new LocalRunner(FakeStages.pipeline(), threads, 60_000)
        .run(items.iterator(), stored, r, r);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4})
  void everyInputEndsInOneOutcomeInInputOrder(int threads) {
    List<SourceItem> items =
        List.of(
            doc("a", "slow 80 alpha"),
            doc("b", "beta"),
            doc("c", "   "),
            new SourceItem.Rejected("d", Outcome.SKIPPED, "binary file"),
            doc("e", "boom"),
            doc("f", "beta"),
            doc("g", "stored text"),
            doc("h", "[fr] bonjour"));
    Recorder r = new Recorder();
    Counters c = run(threads, items, Set.of("id:stored text"), r);
    assertEquals(List.of("a", "b", "h"), r.accepted);
    assertEquals(
        List.of(
            "empty c: no article text after cleaning",
            "skipped d: binary file",
            "failed e: code failed: java.lang.IllegalStateException: the coder broke",
            "duplicate f: same text as article id:beta",
            "duplicate g: same text as article id:stored text"),
        r.heard);
    assertEquals(
        "8 inputs: 3 ingested, 2 duplicate, 1 empty, 1 skipped, 1 failed; 0 events; 1 not coded (not English)",
        c.summary());
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 4})
  void theFirstSightingWinsEvenWhenALaterCopyFinishesFirst(int threads) {
    // the first copy sleeps before its article id is even known to the runner's sink
    List<SourceItem> items = new ArrayList<>();
    items.add(doc("first", "slow 150 news #1"));
    for (int i = 0; i < 10; i++) {
      items.add(doc("copy" + i, "slow 150 news #" + (i + 2)));
    }
    Recorder r = new Recorder();
    Counters c = run(threads, items, Set.of(), r);
    assertEquals(List.of("first"), r.accepted);
    assertEquals(10, c.get(Outcome.DUPLICATE));
  }

  @Test
  void refusalsFromTheSinkCorrectTheCounters() {
    Recorder r = new Recorder();
    r.toRefuse.add(new Sink.Refusal("b", Outcome.DUPLICATE, "stored meanwhile", 0));
    Counters c = run(1, List.of(doc("a", "alpha"), doc("b", "beta")), Set.of(), r);
    assertEquals(1, c.get(Outcome.INGESTED));
    assertEquals(1, c.get(Outcome.DUPLICATE));
    assertEquals(List.of("duplicate b: stored meanwhile"), r.heard);
  }

  @Test
  void warningsAreCountedAndHeard() {
    RawDocument raw =
        new RawDocument(
            "w", RawDocument.ContentType.TEXT, "text", Hints.NONE, List.of("not valid UTF-8"));
    Recorder r = new Recorder();
    Counters c = run(2, List.of(new SourceItem.Document(raw)), Set.of(), r);
    assertEquals(1, c.warnings());
    assertEquals(List.of("warning w: not valid UTF-8"), r.heard);
  }

  @Test
  void anErrorStopsTheRun() {
    Recorder r = new Recorder();
    assertThrows(
        OutOfMemoryError.class,
        () -> run(2, List.of(doc("a", "alpha"), doc("x", "oom")), Set.of(), r));
  }

  @Test
  void claimsOutliveARunSoAWatcherSeesEarlierPolls() {
    LocalRunner runner = new LocalRunner(FakeStages.pipeline(), 1, 60_000);
    Claims claims = Claims.over(Set.of());
    Recorder r = new Recorder();
    runner.run(List.of(doc("a", "alpha")).iterator(), claims, r, r);
    Counters second = runner.run(List.of(doc("a2", "alpha")).iterator(), claims, r, r);
    assertEquals(1, second.get(Outcome.DUPLICATE));
  }

  @Test
  void threadsMustBePositive() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new LocalRunner(FakeStages.pipeline(), 0, 1));
    assertTrue(e.getMessage().contains("threads"), e.getMessage());
  }
}
