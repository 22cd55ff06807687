package dev.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleMetricTest {

  @Test
  void tokensFollowPythonWordCharacters() {
    assertEquals(
        List.of("don", "t", "stop_now", "42½", "São"),
        ShingleMetric.tokens("don't stop_now, 42½? São"));
    // A combining mark is not a word character for Python's re: "e\u0301" splits.
    assertEquals(List.of("cafe", "x"), ShingleMetric.tokens("cafe\u0301x"));
  }

  @Test
  void pageScoresMatchHandCounts() {
    ShingleMetric m = new ShingleMetric();
    // gold 6 tokens -> 3 shingles; prediction drops the last token -> 2 shingles, all right.
    m.add("a b c d e f", "a b c d e");
    assertEquals(1.0, m.precision(), 1e-12);
    assertEquals(2.0 / 3.0, m.recall(), 1e-12);
    // second page: nothing predicted; it has a recall (0) but no precision.
    m.add("one two three four", "");
    assertEquals(1.0, m.precision(), 1e-12);
    assertEquals((2.0 / 3.0 + 0.0) / 2, m.recall(), 1e-12);
    double p = 1.0;
    double r = 1.0 / 3.0;
    assertEquals(2 * p * r / (p + r), m.f1(), 1e-12);
    assertEquals(2, m.pages());
  }

  @Test
  void shortTextsAreOneShingleAndRepeatsCount() {
    assertEquals(1, ShingleMetric.shingles("just three words").size());
    assertEquals(0, ShingleMetric.shingles("").size());
    ShingleMetric m = new ShingleMetric();
    m.add("x y z w", "x y z w x y z w");
    // gold has 1 shingle; prediction has 5, one of them right: precision 1/5, recall 1.
    assertEquals(0.2, m.precision(), 1e-12);
    assertEquals(1.0, m.recall(), 1e-12);
    assertEquals(1.0, ShingleMetric.pageF1("same words here now", "same words here now"), 1e-12);
  }
}
