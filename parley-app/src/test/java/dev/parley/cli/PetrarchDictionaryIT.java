package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PETRARCH/Phoenix dictionaries given with {@code --dict} (or put in DATA/dictionaries/), checked
 * with {@code parley resolve}: the two hand-written samples under {@code dev/parley/petrarch/}.
 */
class PetrarchDictionaryIT {

  @Test
  void datedCodesNamedActorsAndAgentsResolve(@TempDir Path tmp) throws Exception {
    List<JsonNode> in2020 =
        resolve(
            tmp,
            "2020-05-01",
            "Marta Kvelland",
            "Oskar Brandtner",
            "Fjord Watch",
            "French gendarmes",
            "Italian carabinieri",
            "Norwegian coastguardsmen",
            "Ingrid Solheim");
    assertCode("NORGOV", in2020.get(0));
    assertTrue(
        in2020.get(0).get("why").asText().contains("sample.actors:8"), in2020.get(0).toString());
    assertCode("DEUBUS", in2020.get(1)); // the default code: no dated one holds in 2020
    assertCode("NGOENV", in2020.get(2));
    assertCode("FRACOP", in2020.get(3));
    assertCode("ITACOP", in2020.get(4));
    assertCode("NORMIL", in2020.get(5));
    assertCode("NORMED", in2020.get(6)); // its line with a bad date was skipped, the rest loaded

    List<JsonNode> in2012 = resolve(tmp, "2012-06-01", "Marta Kvelland", "Oskar Brandtner");
    assertTrue(in2012.get(0).get("code").isNull(), "no role before 2019: " + in2012.get(0));
    assertTrue(
        in2012.get(0).get("why").asText().contains("holds no office"), in2012.get(0).toString());
    assertCode("DEUGOV", in2012.get(1));

    List<JsonNode> in2024 = resolve(tmp, "2024-01-01", "Marta Kvelland");
    assertCode("NORELI", in2024.get(0));
  }

  @Test
  void filesInTheDataDirectoryAreReadToo(@TempDir Path tmp) throws Exception {
    Path dicts = Files.createDirectories(tmp.resolve("data/dictionaries"));
    Files.copy(sample("sample.agents.txt"), dicts.resolve("sample.agents.txt"));
    Files.writeString(dicts.resolve("README.txt"), "not a dictionary, and not read\n");
    CliRun r =
        CliRun.of(
            "resolve",
            "--data",
            tmp.resolve("data").toString(),
            "--format",
            "jsonl",
            "--date",
            "2020-05-01",
            "Belgian policewomen");
    assertEquals(0, r.exit(), r.err());
    assertCode("BELCOP", r.jsonl().get(0));
  }

  private static List<JsonNode> resolve(Path data, String date, String... phrases)
      throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "resolve",
                "--data",
                data.toString(),
                "--format",
                "jsonl",
                "--dict",
                sample("sample.actors").toString(),
                "--dict",
                sample("sample.agents.txt").toString(),
                "--date",
                date));
    args.addAll(List.of(phrases));
    CliRun r = CliRun.of(args.toArray(String[]::new));
    assertEquals(0, r.exit(), r.err());
    List<JsonNode> lines = r.jsonl();
    assertEquals(phrases.length, lines.size(), r.out());
    return lines;
  }

  private static void assertCode(String code, JsonNode line) {
    assertEquals(code, line.get("code").asText(null), line.toString());
  }

  private static Path sample(String name) throws URISyntaxException {
    return Path.of(PetrarchDictionaryIT.class.getResource("/dev/parley/petrarch/" + name).toURI());
  }
}
