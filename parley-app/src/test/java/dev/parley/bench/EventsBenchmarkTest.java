package dev.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventsBenchmarkTest {
  private static List<String> drawn(List<String> ids) {
    List<String> out = new ArrayList<>(ids);
    out.sort(Comparator.comparingLong(EventsBenchmark::drawRank));
    return out;
  }

  @Test
  void theAuditDrawKeepsTheOrderOfTheEventsAChangeLeaves() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      ids.add("page" + i + ":3:7:040:0");
    }
    List<String> before = drawn(ids);
    // a change to the coder removes one event and adds another: the others keep their order
    List<String> changed = new ArrayList<>(ids);
    changed.remove("page17:3:7:040:0");
    changed.add("page999:1:2:190:0");
    List<String> after = drawn(changed);
    List<String> kept = new ArrayList<>(before);
    kept.remove("page17:3:7:040:0");
    List<String> afterKept = new ArrayList<>(after);
    afterKept.remove("page999:1:2:190:0");
    assertEquals(kept, afterKept);
    assertEquals(EventsBenchmark.drawRank("a:1"), EventsBenchmark.drawRank("a:1"));
    assertNotEquals(EventsBenchmark.drawRank("a:1"), EventsBenchmark.drawRank("a:2"));
    assertNotEquals(ids, before, "the draw is not the input order");
  }
}
