package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parley resolve} on a few phrases with the real CoreNLP annotator, and {@code parley
 * actors}.
 */
class ResolveAndActorsIT {

  @Test
  void phrasesAloneAndInContext(@TempDir Path tmp) throws IOException {
    List<JsonNode> lines =
        CliRun.jsonl(
            tmp,
            "resolve",
            "--date",
            "2019-06-30",
            "DPRK",
            "the Kremlin",
            "Stephen Begun",
            "fine china");
    assertEquals(4, lines.size(), lines.toString());
    assertEquals("PRK", lines.get(0).get("code").asText());
    assertEquals("RUSGOV", lines.get(1).get("code").asText());
    assertEquals("RUS", lines.get(1).get("country").asText());
    assertEquals("GOV", lines.get(1).get("sector").asText());
    assertEquals("USAGOV", lines.get(2).get("code").asText());
    assertTrue(lines.get(2).get("why").asText().contains("fuzzy"), lines.get(2).toString());
    assertTrue(lines.get(3).get("code").isNull(), lines.get(3).toString());
    assertTrue(!lines.get(3).get("why").asText().isBlank());

    List<JsonNode> in =
        CliRun.jsonl(
            tmp,
            "resolve",
            "--date",
            "2019-02-28",
            "--context",
            "Trump and North Korean leader Kim Jong Un cut short their summit in Hanoi. Mr. Kim flew home.",
            "Hanoi",
            "Mr. Kim");
    assertTrue(in.get(0).get("code").isNull(), in.get(0).toString());
    assertEquals("VNM", in.get(0).get("country").asText());
    assertEquals("PRKGOV", in.get(1).get("code").asText(), in.get(1).toString());
    assertEquals("person:kim-jong-un", in.get(1).get("actor_id").asText(), in.get(1).toString());
  }

  @Test
  void badDateIsAUsageError(@TempDir Path tmp) {
    assertEquals(
        Main.USAGE,
        CliRun.of("resolve", "--data", tmp.toString(), "--date", "June", "Seoul").exit());
  }

  @Test
  void actorsOfTheStoreWithCounts(@TempDir Path tmp) throws IOException {
    Path data =
        CliRun.ingest(
            tmp,
            "a.txt",
            "North Korean leader Kim Jong Un met U.S. President Donald Trump at the border on Sunday. "
                + "Mr. Kim said the meeting would help overcome a painful past.\n",
            "--quiet");
    List<JsonNode> actors = CliRun.jsonl(data, "actors");
    JsonNode kim =
        actors.stream()
            .filter(a -> "person:kim-jong-un".equals(a.path("actor_id").asText(null)))
            .findFirst()
            .orElseThrow(() -> new AssertionError(actors.toString()));
    assertEquals(2, kim.get("mentions").asInt(), kim.toString());
    assertEquals(1, kim.get("articles").asInt());
    CliRun table = CliRun.of("actors", "--data", data.toString());
    assertTrue(table.out().startsWith("CODE"), table.out());
  }
}
