package dev.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.ingest.Hints;
import dev.parley.ingest.RawDocument;
import dev.parley.outcome.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A composite sink gives every result to every sink and reports each refused input once. */
class CompositeSinkTest {
  @Test
  void everySinkGetsEveryResultAndARefusalIsReportedOnce() {
    LocalRunnerTest.Recorder store = new LocalRunnerTest.Recorder();
    LocalRunnerTest.Recorder index = new LocalRunnerTest.Recorder();
    Sink both = CompositeSink.of(store, index);
    both.accept(FakeStages.pipeline().process(RawDocument.text("a", "alpha", Hints.NONE)));
    store.toRefuse.add(new Sink.Refusal("a", Outcome.FAILED, "refused by the store", 0));
    index.toRefuse.add(new Sink.Refusal("a", Outcome.FAILED, "refused by the index", 0));
    assertEquals(List.of("a"), store.accepted);
    assertEquals(List.of("a"), index.accepted);
    assertEquals(
        List.of(new Sink.Refusal("a", Outcome.FAILED, "refused by the store", 0)), both.flush());
  }
}
