package dev.parley.events.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A softmax regression over sentence embeddings that names the CAMEO event of a candidate (a
 * sentence with its source and target spans marked), or {@link #NONE}. The weights are a text file
 * written by {@link Trainer} from the project's own training sentences; {@link #threshold()} was
 * chosen on the held-out tenth of them. Immutable and thread-safe.
 */
public final class EventClassifier {
  /** The label of "no event". */
  public static final String NONE = "none";

  /** The checked-in model on the class path. */
  public static final String RESOURCE = "/dev/parley/events/model/classifier.tsv";

  private final List<String> labels;
  private final double[][] weights; // [label][DIMENSIONS + 1], the last column the bias
  private final double threshold;

  EventClassifier(List<String> labels, double[][] weights, double threshold) {
    this.labels = List.copyOf(labels);
    this.weights = weights;
    this.threshold = threshold;
  }

  /** The built-in model, or empty when none is checked in. */
  public static java.util.Optional<EventClassifier> builtIn() {
    try (InputStream in = EventClassifier.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(
          parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Reads the text form written by {@link #format()}. */
  public static EventClassifier parse(String text, String origin) {
    List<String> labels = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    double threshold = Double.NaN;
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      switch (cols[0]) {
        case "threshold" -> threshold = Double.parseDouble(cols[1]);
        case "w" -> {
          if (cols.length != SentenceEncoder.DIMENSIONS + 3) {
            throw new IllegalArgumentException(
                origin
                    + ":"
                    + (i + 1)
                    + ": a weight row has "
                    + (cols.length - 2)
                    + " numbers, expected "
                    + (SentenceEncoder.DIMENSIONS + 1));
          }
          labels.add(cols[1]);
          double[] w = new double[SentenceEncoder.DIMENSIONS + 1];
          for (int k = 0; k < w.length; k++) {
            w[k] = Double.parseDouble(cols[k + 2]);
          }
          rows.add(w);
        }
        default ->
            throw new IllegalArgumentException(
                origin + ":" + (i + 1) + ": unknown line kind '" + cols[0] + "'");
      }
    }
    if (labels.isEmpty() || Double.isNaN(threshold)) {
      throw new IllegalArgumentException(origin + ": no weights or no threshold");
    }
    return new EventClassifier(labels, rows.toArray(new double[0][]), threshold);
  }

  /** The text form: a header, the threshold, one weight row per label. */
  String format(String header) {
    StringBuilder b = new StringBuilder(header);
    b.append("threshold\t").append(String.format(Locale.ROOT, "%.2f", threshold)).append('\n');
    for (int l = 0; l < labels.size(); l++) {
      b.append("w\t").append(labels.get(l));
      for (double v : weights[l]) {
        b.append('\t').append(String.format(Locale.ROOT, "%.4f", v));
      }
      b.append('\n');
    }
    return b.toString();
  }

  public List<String> labels() {
    return labels;
  }

  /** One weight: label {@code l}, dimension {@code k} (the last is the bias). */
  double weight(int l, int k) {
    return weights[l][k];
  }

  /** The least probability at which a predicted event is coded. */
  public double threshold() {
    return threshold;
  }

  /** A label and its probability. */
  public record Scored(String label, double probability) {}

  /** Every label with its probability, most probable first. */
  public List<Scored> classify(float[] embedding) {
    double[] z = Trainer.probabilities(weights, embedding);
    Scored[] out = new Scored[z.length];
    for (int l = 0; l < z.length; l++) {
      out[l] = new Scored(labels.get(l), z[l]);
    }
    Arrays.sort(
        out,
        Comparator.comparingDouble(Scored::probability).reversed().thenComparing(Scored::label));
    return List.of(out);
  }

  /**
   * The decision on a ranked list: the root whose codes together are most probable (with "no event"
   * as a root of its own), and within it the most probable code. Summing by root lets close codes
   * of one root ("criticise" 111, "accuse" 112) support each other.
   */
  public static Scored decide(List<Scored> ranked) {
    java.util.Map<String, Double> byRoot = new java.util.TreeMap<>();
    for (Scored s : ranked) {
      byRoot.merge(rootOf(s.label()), s.probability(), Double::sum);
    }
    String root = null;
    double best = -1;
    for (var e : byRoot.entrySet()) {
      if (e.getValue() > best) {
        best = e.getValue();
        root = e.getKey();
      }
    }
    for (Scored s : ranked) {
      if (rootOf(s.label()).equals(root)) {
        return new Scored(s.label(), best);
      }
    }
    return ranked.get(0);
  }

  static String rootOf(String label) {
    return label.equals(NONE) ? NONE : label.substring(0, 2);
  }

  /**
   * The marked text a candidate is classified on: {@code <s>}source{@code </s>}, {@code
   * <t>}target{@code </t>}.
   */
  public static String mark(
      String sentence, int sourceBegin, int sourceEnd, int targetBegin, int targetEnd) {
    StringBuilder b = new StringBuilder(sentence);
    // insert from the right so the earlier offsets stay valid (offsets are UTF-16 indexes here)
    record Ins(int at, String text) {}
    List<Ins> ins =
        new ArrayList<>(List.of(new Ins(sourceEnd, "</s>"), new Ins(sourceBegin, "<s>")));
    if (targetBegin >= 0) {
      ins.add(new Ins(targetEnd, "</t>"));
      ins.add(new Ins(targetBegin, "<t>"));
    }
    ins.sort(Comparator.comparingInt(Ins::at).reversed());
    for (Ins i : ins) {
      b.insert(i.at(), i.text());
    }
    return b.toString();
  }
}
