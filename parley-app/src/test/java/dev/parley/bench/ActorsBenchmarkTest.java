package dev.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.actors.PhraseResolution;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The actor scorer on a tiny hand-made gold: the README's rules, per category and overall. */
class ActorsBenchmarkTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode expected(String code, String country, String sector) throws Exception {
    return JSON.readTree(
        String.format(
            "{\"code\":%s,\"country\":%s,\"sector\":%s}", q(code), q(country), q(sector)));
  }

  private static String q(String s) {
    return s == null ? "null" : "\"" + s + "\"";
  }

  private static PhraseResolution got(String code, String country, String sector) {
    return new PhraseResolution("p", null, null, code, country, sector, "test");
  }

  @Test
  void readmeRules() throws Exception {
    // IGO, NGO and IMG on the prefix only
    assertTrue(
        ActorsBenchmark.correct(expected("IGOUNOWFP", null, "IGO"), got("IGOUNO", null, "IGO")));
    assertFalse(ActorsBenchmark.correct(expected("IGOUNO", null, "IGO"), got("NGO", null, "NGO")));
    // REB, INS and SEP one class, group suffix ignored
    assertTrue(
        ActorsBenchmark.correct(expected("SOMINS", "SOM", "INS"), got("SOMREB", "SOM", "REB")));
    assertTrue(
        ActorsBenchmark.correct(expected("PSEREBHMS", "PSE", "REB"), got("PSEREB", "PSE", "REB")));
    // otherwise country and sector
    assertFalse(ActorsBenchmark.correct(expected("KORGOV", "KOR", "GOV"), got("KOR", "KOR", null)));
    assertFalse(
        ActorsBenchmark.correct(expected("KORGOV", "KOR", "GOV"), got("PRKGOV", "PRK", "GOV")));
    // a null code is right when nothing resolves, whatever country a place reports
    assertTrue(ActorsBenchmark.correct(expected(null, "VNM", null), got(null, "VNM", null)));
    assertFalse(ActorsBenchmark.correct(expected(null, "VNM", null), got("VNMGOV", "VNM", "GOV")));
    assertFalse(ActorsBenchmark.correct(expected("PRK", "PRK", null), got(null, null, null)));
  }

  @Test
  void accuracyPerCategoryOverallAndFalsePositives() throws Exception {
    List<ActorsBenchmark.Scored> items =
        List.of(
            new ActorsBenchmark.Scored(
                "a1",
                "people",
                "2019-01-01",
                expected("USAGOV", "USA", "GOV"),
                got("USAGOV", "USA", "GOV")),
            new ActorsBenchmark.Scored(
                "a2",
                "people",
                "2005-01-01",
                expected("USAGOV", "USA", "GOV"),
                got("USAELI", "USA", "ELI")),
            new ActorsBenchmark.Scored(
                "a3",
                "places",
                "2019-01-01",
                expected(null, "VNM", null),
                got("VNMGOV", "VNM", "GOV")),
            new ActorsBenchmark.Scored(
                "a4",
                "hard-negatives",
                "2019-01-01",
                expected(null, null, null),
                got(null, null, null)));
    Map<String, Double> m = ActorsBenchmark.scoreGold(items);
    assertEquals(4.0, m.get("gold_phrases"));
    assertEquals(0.5, m.get("gold_accuracy"));
    assertEquals(0.5, m.get("gold_people"));
    assertEquals(0.0, m.get("gold_places"));
    assertEquals(1.0, m.get("gold_hard_negatives"));
    assertEquals(0.0, m.get("gold_worst_category"));
    assertEquals(1.0, m.get("gold_people_2010s"));
    assertEquals(0.0, m.get("gold_people_before_2010"));
    assertEquals(0.5, m.get("gold_false_positive_rate_places_and_negatives"));
  }

  @Test
  void ploverCountryAndSector() throws Exception {
    List<ActorsBenchmark.Scored> items =
        List.of(
            new ActorsBenchmark.Scored(
                "g1",
                "source",
                null,
                JSON.readTree("{\"country\":\"HUN\",\"sector\":\"GOV\"}"),
                got("HUNGOV", "HUN", "GOV")),
            new ActorsBenchmark.Scored(
                "g2",
                "source",
                null,
                JSON.readTree("{\"country\":\"JAP\",\"sector\":null}"),
                got("JPN", "JPN", null)),
            new ActorsBenchmark.Scored(
                "g3",
                "target",
                null,
                JSON.readTree("{\"country\":\"IGO\",\"sector\":null}"),
                got("IGOUNO", null, "IGO")),
            new ActorsBenchmark.Scored(
                "g4",
                "target",
                null,
                JSON.readTree("{\"country\":\"ALB\",\"sector\":\"CVLalb\"}"),
                got("ALB", "ALB", null)));
    Map<String, Double> m = ActorsBenchmark.scoreGsr(items);
    assertEquals(4.0, m.get("gsr_actor_texts"));
    assertEquals(1.0, m.get("gsr_country_accuracy"));
    assertEquals(0.75, m.get("gsr_sector_accuracy"));
  }
}
