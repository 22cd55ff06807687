package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the command line in-process and captures what it prints. */
record CliRun(int exit, String out, String err) {
  private static final ObjectMapper JSON = new ObjectMapper();

  static synchronized CliRun of(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int exit = Main.run(args);
      System.out.flush();
      return new CliRun(
          exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  /**
   * The rows {@code parley COMMAND --data DATA --format jsonl OPTIONS} prints, each a JSON object;
   * the command must succeed.
   */
  static List<JsonNode> jsonl(Path data, String command, String... options) {
    List<String> args =
        new ArrayList<>(List.of(command, "--data", data.toString(), "--format", "jsonl"));
    args.addAll(List.of(options));
    CliRun run = of(args.toArray(String[]::new));
    assertEquals(0, run.exit(), run.err());
    return run.jsonl();
  }

  /**
   * Writes {@code text} as the file {@code in/NAME} below {@code tmp} and ingests that folder into
   * {@code tmp/data} with the given options; the ingest must succeed.
   *
   * @return the data folder
   */
  static Path ingest(Path tmp, String name, String text, String... options) throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve(name), text);
    Path data = tmp.resolve("data");
    List<String> args =
        new ArrayList<>(List.of("ingest", in.toString(), "--data", data.toString()));
    args.addAll(List.of(options));
    CliRun ingest = of(args.toArray(String[]::new));
    assertEquals(0, ingest.exit(), ingest.err());
    return data;
  }

  /** What the run printed, one JSON object a line; blank lines are skipped. */
  List<JsonNode> jsonl() {
    List<JsonNode> rows = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        try {
          rows.add(JSON.readTree(line));
        } catch (IOException e) {
          throw new UncheckedIOException(line, e);
        }
      }
    }
    return rows;
  }
}
