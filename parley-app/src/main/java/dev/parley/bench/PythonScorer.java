package dev.parley.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;

/**
 * Runs one of the shared Python scorers on a predictions file, so that a benchmark can check that
 * its Java reimplementation of the metric agrees. Empty when Python or the scorer is missing: the
 * check is then not made, and the benchmark says so.
 */
final class PythonScorer {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String bench;
  private final Path scorer;

  /**
   * @param bench the benchmark ("timex"), for the messages
   * @param scorer the scorer's Python file
   */
  PythonScorer(String bench, Path scorer) {
    this.bench = bench;
    this.scorer = scorer;
  }

  /**
   * Whether the scorer's figures agree with the Java ones, by {@code agree}; a disagreement is said
   * on standard error. Empty, and said so, when the scorer could not be run.
   *
   * @param run which of the benchmark's measurements ("direct"), or null, for the message of a
   *     disagreement
   */
  Optional<Boolean> agrees(
      String run,
      Path gold,
      Path predictions,
      String code,
      Map<String, Double> java,
      BiPredicate<JsonNode, Map<String, Double>> agree) {
    Optional<JsonNode> py = run(gold, predictions, code);
    if (py.isEmpty()) {
      System.err.println(
          bench
              + ": python3 or "
              + scorer.getFileName()
              + " not found; the metric was not cross-checked");
      return Optional.empty();
    }
    boolean agreed = agree.test(py.get(), java);
    if (!agreed) {
      System.err.println(
          bench
              + (run == null ? "" : " " + run)
              + ": the Python scorer disagrees: "
              + py.get()
              + " vs "
              + java);
    }
    return Optional.of(agreed);
  }

  /**
   * The JSON the scorer prints.
   *
   * @param code a Python expression run after importing the scorer as module {@code s} (e.g. {@code
   *     s.main(g, p)}); {@code g} and {@code p} are the gold and prediction paths
   */
  private Optional<JsonNode> run(Path gold, Path predictions, String code) {
    if (!Files.exists(scorer)) {
      return Optional.empty();
    }
    String program =
        "import sys; sys.path.insert(0, sys.argv[1]); import importlib; s = importlib.import_module(sys.argv[2]); "
            + "g, p = sys.argv[3], sys.argv[4]; "
            + code;
    String module = scorer.getFileName().toString().replaceFirst("\\.py$", "");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                "python3",
                "-c",
                program,
                scorer.toAbsolutePath().getParent().toString(),
                module,
                gold.toAbsolutePath().toString(),
                predictions.toAbsolutePath().toString()));
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        System.err.println("python scorer failed: " + new String(out, StandardCharsets.UTF_8));
        return Optional.empty();
      }
      String[] lines = new String(out, StandardCharsets.UTF_8).strip().split("\n");
      return Optional.of(JSON.readTree(lines[lines.length - 1]));
    } catch (IOException e) {
      System.err.println("python scorer not run: " + e.getMessage());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
