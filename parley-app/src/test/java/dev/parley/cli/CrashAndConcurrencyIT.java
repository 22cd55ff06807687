package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second process ingests while this one queries (no query may fail on DuckDB's file lock); then
 * the ingest is killed mid-batch, and a second run stores every article exactly once.
 */
class CrashAndConcurrencyIT {
  private static final int ARTICLES = 60;

  @Test
  void queriesDuringAnIngestAndAResumeAfterAKill(@TempDir Path tmp) throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    List<String> corpus = dev.parley.bench.DemoCorpus.texts();
    for (int i = 0; i < ARTICLES; i++) {
      Files.writeString(
          in.resolve(String.format("a%03d.txt", i)),
          corpus.get(i % corpus.size()) + "\n\nArchive copy " + i + " for the crash test.\n");
    }
    Path data = tmp.resolve("data");
    Process ingest =
        new ProcessBuilder(
                javaBin(),
                "-Xmx2g",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "ingest",
                in.toString(),
                "--data",
                data.toString(),
                "--threads",
                "2")
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("ingest.log").toFile())
            .start();
    try {
      // wait for the first committed batch, querying all along
      int queries = 0;
      long deadline = System.currentTimeMillis() + 240_000;
      int stored = 0;
      while (System.currentTimeMillis() < deadline && ingest.isAlive()) {
        if (Files.exists(data.resolve("parley.duckdb"))) {
          CliRun q = CliRun.of("events", "--data", data.toString(), "--format", "jsonl");
          assertEquals(0, q.exit(), "a query during the ingest failed: " + q.err());
          CliRun a = CliRun.of("articles", "--data", data.toString(), "--format", "jsonl");
          assertEquals(0, a.exit(), "a query during the ingest failed: " + a.err());
          stored = a.jsonl().size();
          queries++;
          if (stored > 0 && queries >= 3) {
            break;
          }
        }
        Thread.sleep(300);
      }
      assertTrue(
          stored > 0 && stored < ARTICLES,
          "expected to catch the ingest mid-way; stored "
              + stored
              + "\n"
              + Files.readString(tmp.resolve("ingest.log")));
    } finally {
      ingest.destroyForcibly(); // SIGKILL: no shutdown hook, no final flush
      ingest.waitFor(30, TimeUnit.SECONDS);
    }

    CliRun resume = CliRun.of("ingest", in.toString(), "--data", data.toString(), "--quiet");
    assertEquals(0, resume.exit(), resume.err());
    List<JsonNode> articles = CliRun.jsonl(data, "articles");
    assertEquals(ARTICLES, articles.size());
    Set<String> docs = new HashSet<>();
    for (JsonNode a : articles) {
      assertTrue(docs.add(a.get("doc").asText()), "stored twice: " + a.get("doc"));
    }
    // every event belongs to a stored article, and no event is stored twice
    List<JsonNode> events = CliRun.jsonl(data, "events");
    Set<String> ids = new HashSet<>();
    Set<String> articleIds = new HashSet<>();
    articles.forEach(a -> articleIds.add(a.get("article_id").asText()));
    for (JsonNode e : events) {
      assertTrue(ids.add(e.get("event_id").asText()), "event stored twice: " + e);
      assertTrue(articleIds.contains(e.get("article_id").asText()));
    }
    assertTrue(
        events.size() >= ARTICLES / 2,
        "expected events from the sample articles, got " + events.size());
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
