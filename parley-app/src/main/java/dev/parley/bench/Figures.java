package dev.parley.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The checked-in figures of one benchmark ({@code benchmarks/NAME.tsv}): each line states a metric,
 * the target the issue set, the expected (last recorded) value and the tolerance within which a new
 * run counts as the same. Comment lines at the top state the data and the method.
 *
 * <pre>
 * # NAME: what is measured, on which data, how
 * metric  unit  direction  target  expected  tolerance  note
 * </pre>
 *
 * direction is {@code higher} or {@code lower} (which way is better).
 */
public final class Figures {
  /** The seconds since {@code startNanos} (a {@link System#nanoTime} reading), to the hundredth. */
  static double secondsSince(long startNanos) {
    return Math.round((System.nanoTime() - startNanos) / 1e7) / 100.0;
  }

  /** One metric line. */
  public record Figure(
      String metric,
      String unit,
      String direction,
      Double target,
      Double expected,
      double tolerance,
      String note) {
    boolean higherIsBetter() {
      return direction.equals("higher");
    }

    /** Whether a value meets the target (true when there is no target). */
    boolean meetsTarget(double v) {
      return target == null || (higherIsBetter() ? v >= target : v <= target);
    }

    /** Whether a value is within tolerance of the expected figure (relative), or better. */
    boolean asExpected(double v) {
      if (expected == null) {
        return true;
      }
      double slack = Math.abs(expected) * tolerance;
      return higherIsBetter() ? v >= expected - slack : v <= expected + slack;
    }
  }

  private final Path file;
  private final List<String> header;
  private final Map<String, Figure> figures;

  private Figures(Path file, List<String> header, Map<String, Figure> figures) {
    this.file = file;
    this.header = header;
    this.figures = figures;
  }

  public static Figures read(Path file) throws IOException {
    List<String> header = new ArrayList<>();
    Map<String, Figure> figures = new LinkedHashMap<>();
    int n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      if (line.startsWith("#") || line.isBlank()) {
        header.add(line);
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c[0].equals("metric")) {
        continue;
      }
      if (c.length < 7) {
        throw new IllegalArgumentException(file + ":" + n + ": expected 7 tab-separated columns");
      }
      figures.put(
          c[0], new Figure(c[0], c[1], c[2], num(c[3]), num(c[4]), Double.parseDouble(c[5]), c[6]));
    }
    return new Figures(file, header, figures);
  }

  private static Double num(String s) {
    return s.isBlank() || s.equals("-") ? null : Double.parseDouble(s);
  }

  public Map<String, Figure> figures() {
    return figures;
  }

  /**
   * Prints one {@code [OK]} / {@code [FAIL]} line per metric measured; returns whether all are as
   * expected. Missing a target is reported too ({@code MISS}), as it is a fact to know, not a bug.
   */
  public boolean check(Map<String, Double> measured, java.io.PrintStream out) {
    boolean ok = true;
    for (Map.Entry<String, Double> m : measured.entrySet()) {
      Figure f = figures.get(m.getKey());
      double v = m.getValue();
      if (f == null) {
        out.printf(
            Locale.ROOT, "[NEW ] %-34s %10.3f (not in %s)%n", m.getKey(), v, file.getFileName());
        continue;
      }
      boolean same = f.asExpected(v);
      ok &= same;
      String delta =
          f.expected() == null
              ? ""
              : String.format(
                  Locale.ROOT, "expected %.3f, delta %+.3f", f.expected(), v - f.expected());
      String target =
          f.target() == null
              ? ""
              : String.format(
                  Locale.ROOT,
                  "; target %s %.3f %s",
                  f.higherIsBetter() ? ">=" : "<=",
                  f.target(),
                  f.meetsTarget(v) ? "met" : "MISSED");
      out.printf(
          Locale.ROOT,
          "[%s] %-34s %10.3f %-8s %s%s%n",
          same ? " OK " : "FAIL",
          m.getKey(),
          v,
          f.unit(),
          delta,
          target);
    }
    return ok;
  }

  /** Writes the measured values as the new expected figures and logs why in {@code LOG.md}. */
  public void record(Map<String, Double> measured, String why) throws IOException {
    List<String> lines = new ArrayList<>(header);
    lines.add("metric\tunit\tdirection\ttarget\texpected\ttolerance\tnote");
    for (Figure f : figures.values()) {
      Double v = measured.getOrDefault(f.metric(), f.expected());
      lines.add(
          String.join(
              "\t",
              f.metric(),
              f.unit(),
              f.direction(),
              f.target() == null ? "-" : fmt(f.target()),
              v == null ? "-" : fmt(v),
              fmt(f.tolerance()),
              f.note()));
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
    Path log = file.resolveSibling("LOG.md");
    StringBuilder entry = new StringBuilder();
    entry
        .append("\n## ")
        .append(LocalDate.now())
        .append(" ")
        .append(file.getFileName())
        .append("\n\n")
        .append(why)
        .append("\n\n");
    for (Map.Entry<String, Double> m : measured.entrySet()) {
      entry.append("- ").append(m.getKey()).append(": ").append(fmt(m.getValue())).append('\n');
    }
    Files.writeString(
        log,
        entry.toString(),
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "").replaceAll("\\.$", ".0");
  }
}
