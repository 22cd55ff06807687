package dev.parley.events.model;

import dev.parley.events.Codebook;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Trains {@link EventClassifier} from the project's training sentences: a softmax regression over
 * frozen all-MiniLM-L6-v2 embeddings, by mini-batch gradient descent in a fixed order (seed {@link
 * #SEED}), so the same data gives the same model. Nine tenths train; the held-out tenth chooses the
 * threshold and gives the figures.
 *
 * <p>Why a hand-written softmax rather than a library: the head is 385 × labels numbers, trained in
 * seconds; a hundred lines keep it bit-for-bit reproducible and free of another dependency tree.
 */
public final class Trainer {
  public static final long SEED = 17;
  static final int EPOCHS = 150;
  static final int BATCH = 32;
  static final double RATE = 2.0;
  static final double L2 = 1e-5;

  /** A base code with fewer examples than this is learned at its root ("19x" → "190"). */
  static final int MIN_PER_CODE = 25;

  /** The precision of coded events the threshold must give on the held-out split. */
  static final double TARGET_PRECISION = 0.80;

  private Trainer() {}

  /** What training produced: the model, its text form and its held-out figures. */
  public record Result(EventClassifier model, String text, Map<String, Double> figures) {}

  public static Result train(List<Example> examples, SentenceEncoder encoder, Codebook codebook) {
    Map<String, Integer> perCode = new TreeMap<>();
    for (Example e : examples) {
      perCode.merge(e.label(), 1, Integer::sum);
    }
    List<String> trainLabels = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<Boolean> held = new ArrayList<>();
    for (Example e : examples) {
      trainLabels.add(label(e.label(), perCode));
      texts.add(e.marked());
      held.add(e.heldOut());
    }
    List<String> labels = new ArrayList<>(new TreeSet<>(trainLabels));
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < labels.size(); i++) {
      index.put(labels.get(i), i);
    }
    float[][] x = embed(texts, encoder);
    List<Integer> train = new ArrayList<>();
    List<Integer> test = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      (held.get(i) ? test : train).add(i);
    }
    int d = SentenceEncoder.DIMENSIONS + 1;
    double[][] w = new double[labels.size()][d];
    Random random = new Random(SEED);
    List<Integer> order = new ArrayList<>(train);
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      Collections.shuffle(order, random);
      double rate = RATE / (1 + epoch * 0.1);
      for (int from = 0; from < order.size(); from += BATCH) {
        int to = Math.min(order.size(), from + BATCH);
        double[][] grad = new double[labels.size()][d];
        for (int b = from; b < to; b++) {
          int i = order.get(b);
          double[] p = probabilities(w, x[i]);
          int y = index.get(trainLabels.get(i));
          for (int l = 0; l < p.length; l++) {
            double g = p[l] - (l == y ? 1 : 0);
            if (g == 0) {
              continue;
            }
            double[] gl = grad[l];
            for (int k = 0; k < SentenceEncoder.DIMENSIONS; k++) {
              gl[k] += g * x[i][k];
            }
            gl[SentenceEncoder.DIMENSIONS] += g;
          }
        }
        double scale = rate / (to - from);
        for (int l = 0; l < w.length; l++) {
          for (int k = 0; k < d; k++) {
            w[l][k] -= scale * grad[l][k] + rate * L2 * w[l][k];
          }
        }
      }
    }
    // round as the text form does, so the model in memory is the one written out
    for (double[] row : w) {
      for (int k = 0; k < row.length; k++) {
        row[k] = Math.round(row[k] * 10000) / 10000.0;
      }
    }
    // held-out: accuracy, and the threshold that gives the target precision on coded events
    List<double[]> scored =
        new ArrayList<>(); // {probability, predicted is event, right root, gold is event}
    int right = 0;
    int rootRight = 0;
    for (int i : test) {
      double[] p = probabilities(w, x[i]);
      List<EventClassifier.Scored> ranked = new ArrayList<>();
      for (int l = 0; l < p.length; l++) {
        ranked.add(new EventClassifier.Scored(labels.get(l), p[l]));
      }
      ranked.sort(
          java.util.Comparator.comparingDouble(EventClassifier.Scored::probability).reversed());
      EventClassifier.Scored decided = EventClassifier.decide(ranked);
      String predicted = decided.label();
      int best = labels.indexOf(predicted);
      p[best] = decided.probability();
      String gold = trainLabels.get(i);
      right += predicted.equals(gold) ? 1 : 0;
      boolean rootOk =
          !predicted.equals(EventClassifier.NONE)
              && !gold.equals(EventClassifier.NONE)
              && predicted.substring(0, 2).equals(gold.substring(0, 2));
      rootRight += rootOk || (predicted.equals(gold)) ? 1 : 0;
      scored.add(
          new double[] {
            p[best],
            predicted.equals(EventClassifier.NONE) ? 0 : 1,
            rootOk ? 1 : 0,
            gold.equals(EventClassifier.NONE) ? 0 : 1
          });
    }
    double threshold = 0.95;
    for (int t = 20; t <= 95; t += 5) {
      double th = t / 100.0;
      int coded = 0;
      int ok = 0;
      for (double[] s : scored) {
        if (s[1] == 1 && s[0] >= th) {
          coded++;
          ok += (int) s[2];
        }
      }
      if (coded > 0 && ok / (double) coded >= TARGET_PRECISION) {
        threshold = th;
        break;
      }
    }
    int events = 0;
    int coded = 0;
    int codedRight = 0;
    for (double[] s : scored) {
      events += (int) s[3];
      if (s[1] == 1 && s[0] >= threshold) {
        coded++;
        codedRight += (int) s[2];
      }
    }
    EventClassifier model = new EventClassifier(labels, w, threshold);
    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put("examples", (double) examples.size());
    figures.put("held_out", (double) test.size());
    figures.put("labels", (double) labels.size());
    figures.put("held_out_label_accuracy", round(right / (double) Math.max(1, test.size())));
    figures.put(
        "held_out_root_or_none_accuracy", round(rootRight / (double) Math.max(1, test.size())));
    figures.put("threshold", threshold);
    figures.put("held_out_event_precision", round(codedRight / (double) Math.max(1, coded)));
    figures.put("held_out_event_recall", round(codedRight / (double) Math.max(1, events)));
    String header =
        String.format(
            Locale.ROOT,
            "# Parley event classifier: softmax regression over all-MiniLM-L6-v2 sentence embeddings.%n"
                + "# Written by `parley train` from events/training/ (seed %d, %d epochs); do not edit by hand.%n"
                + "# Held-out figures: %s%n",
            SEED,
            EPOCHS,
            figures);
    return new Result(model, model.format(header), figures);
  }

  /**
   * The embeddings of the texts, from a cache under {@code target/} when one was written for
   * exactly these texts (embedding is most of the training time), else computed and cached.
   */
  static float[][] embed(List<String> texts, SentenceEncoder encoder) {
    java.nio.file.Path cache =
        java.nio.file.Path.of(
            "target",
            "train-embeddings-"
                + Integer.toHexString(String.join("\n", texts).hashCode())
                + ".bin");
    if (java.nio.file.Files.exists(cache)) {
      try (var in =
          new java.io.DataInputStream(
              new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(cache)))) {
        float[][] x = new float[in.readInt()][SentenceEncoder.DIMENSIONS];
        for (float[] row : x) {
          for (int k = 0; k < row.length; k++) {
            row[k] = in.readFloat();
          }
        }
        if (x.length == texts.size()) {
          return x;
        }
      } catch (java.io.IOException e) {
        // a broken cache is recomputed
      }
    }
    float[][] x = new float[texts.size()][];
    for (int from = 0; from < texts.size(); from += 256) {
      float[][] part = encoder.encode(texts.subList(from, Math.min(texts.size(), from + 256)));
      System.arraycopy(part, 0, x, from, part.length);
    }
    try {
      java.nio.file.Files.createDirectories(cache.getParent());
      try (var out =
          new java.io.DataOutputStream(
              new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(cache)))) {
        out.writeInt(x.length);
        for (float[] row : x) {
          for (float v : row) {
            out.writeFloat(v);
          }
        }
      }
    } catch (java.io.IOException e) {
      // no cache: the next training embeds again
    }
    return x;
  }

  /** The label a training code is learned as: itself, or its root's base code when it is rare. */
  static String label(String code, Map<String, Integer> perCode) {
    if (code.equals(EventClassifier.NONE) || perCode.getOrDefault(code, 0) >= MIN_PER_CODE) {
      return code;
    }
    return code.substring(0, 2) + "0";
  }

  static double[] probabilities(double[][] w, float[] x) {
    double[] z = new double[w.length];
    double max = Double.NEGATIVE_INFINITY;
    for (int l = 0; l < w.length; l++) {
      double s = w[l][SentenceEncoder.DIMENSIONS];
      for (int k = 0; k < SentenceEncoder.DIMENSIONS; k++) {
        s += w[l][k] * x[k];
      }
      z[l] = s;
      max = Math.max(max, s);
    }
    double sum = 0;
    for (int l = 0; l < z.length; l++) {
      z[l] = Math.exp(z[l] - max);
      sum += z[l];
    }
    for (int l = 0; l < z.length; l++) {
      z[l] /= sum;
    }
    return z;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
