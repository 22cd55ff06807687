package dev.parley.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The options the stand-alone benchmark mains share: {@code --bench-data DIR} (default {@code
 * ../shared/bench}), {@code --figures DIR} (default {@code benchmarks}), {@code --cache DIR} (keep
 * CoreNLP's annotations there between runs) and {@code --record WHY}.
 */
record BenchArgs(Path benchData, Path figures, Path cache, String record) {

  static BenchArgs parse(String[] args) {
    Path data = Path.of("..", "shared", "bench");
    Path figures = Path.of("benchmarks");
    Path cache = null;
    String record = null;
    for (int i = 0; i < args.length; i++) {
      String v = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--bench-data" -> data = Path.of(required(args[i], v));
        case "--figures" -> figures = Path.of(required(args[i], v));
        case "--cache" -> cache = Path.of(required(args[i], v));
        case "--record" -> record = required(args[i], v);
        default ->
            throw new IllegalArgumentException(
                "unknown option "
                    + args[i]
                    + " (use --bench-data DIR, --figures DIR, --cache DIR, --record WHY)");
      }
      i++;
    }
    return new BenchArgs(data, figures, cache, record);
  }

  private static String required(String option, String value) {
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }

  /**
   * Prints the check against {@code figures/NAME.tsv} (and records, if asked); true when all are as
   * expected.
   */
  boolean check(String name, Map<String, Double> measured) throws IOException {
    Path file = figures.resolve(name + ".tsv");
    if (!Files.exists(file)) {
      measured.forEach((k, v) -> System.out.printf(java.util.Locale.ROOT, "%-34s %10.4f%n", k, v));
      System.out.println("(no figures file " + file + ")");
      return false;
    }
    Figures f = Figures.read(file);
    boolean ok = f.check(measured, System.out);
    if (record != null) {
      f.record(measured, record);
      System.out.println("recorded in " + file + " and " + file.resolveSibling("LOG.md"));
      return true;
    }
    return ok;
  }
}
