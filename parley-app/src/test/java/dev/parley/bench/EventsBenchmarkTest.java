package dev.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.events.Event;
import dev.parley.events.Modality;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventsBenchmarkTest {
  private static List<String> drawn(List<String> ids) {
    List<String> out = new ArrayList<>(ids);
    out.sort(Comparator.comparingLong(EventsBenchmark::drawRank));
    return out;
  }

  private static Event event(String source, String target, String code, String plover) {
    return Event.builder()
        .eventId("d:0:" + code)
        .articleId("d")
        .source(source)
        .sourceName(source)
        .target(target)
        .targetName(target)
        .code(code)
        .root(code.substring(0, 2))
        .quadClass(3)
        .goldstein(-5)
        .plover(plover)
        .modality(Modality.ASSERTED)
        .sentenceIndex(0)
        .evidenceStart(0)
        .evidenceEnd(1)
        .sentence("x")
        .rule("r@" + code)
        .confidence(0.5)
        .build();
  }

  @Test
  void gsrRecallReadsTheOlderPloverLabelsAndCountryCodes() throws Exception {
    ObjectMapper json = new ObjectMapper();
    // a demand (CAMEO 10) is REQUEST in PLOVER today and DEMAND in the gold's older label set
    var demand =
        json.readTree(
            "{\"expected\":[{\"source\":\"USA\",\"target\":\"JAP\",\"code\":\"DEMAND\"}]}");
    Map<String, Double> out = new HashMap<>();
    EventsBenchmark.gsrRecall(
        List.of(
            new EventsBenchmark.Item(demand, List.of(event("USAGOV", "JPN", "100", "REQUEST")))),
        out);
    assertEquals(1.0, out.get("gsr_event_recall"));
    // a threat is a threat in both; the wrong root is wrong in both
    assertTrue(EventsBenchmark.gsrLabel("THREATEN", event("USA", null, "130", "THREATEN")));
    assertFalse(EventsBenchmark.gsrLabel("DEMAND", event("USA", null, "130", "THREATEN")));
    assertTrue(EventsBenchmark.gsrLabel("FIGHT", event("USA", null, "190", "ASSAULT")));
    assertTrue(EventsBenchmark.gsrLabel("ASSAULT", event("USA", null, "190", "ASSAULT")));
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
