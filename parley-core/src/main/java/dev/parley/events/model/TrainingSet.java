package dev.parley.events.model;

import dev.parley.events.Codebook;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The classifier's training sentences, written by the project: the files listed in {@code
 * events/training/index.txt}, one sentence a line as {@code CODE<TAB>STYLE<TAB>SENTENCE} (format in
 * the README beside them). Checked when read: a known base code or {@code none}, a known style, a
 * marked source span.
 */
public final class TrainingSet {
  static final String DIRECTORY = "/dev/parley/events/training/";
  static final Set<String> STYLES =
      Set.of("wire", "headline", "quote", "passive", "nominal", "long", "clause");

  private TrainingSet() {}

  /** The classpath resources of the training set, in order. */
  public static List<String> resources() {
    List<String> out = new ArrayList<>();
    for (String line : read(DIRECTORY + "index.txt").split("\n")) {
      String name = line.strip();
      if (!name.isEmpty() && !name.startsWith("#")) {
        out.add(DIRECTORY + name);
      }
    }
    return out;
  }

  /** Every example of the built-in training set. */
  public static List<Example> load(Codebook codebook) {
    List<Example> out = new ArrayList<>();
    for (String resource : resources()) {
      String file = resource.substring(resource.lastIndexOf('/') + 1);
      String[] lines = read(resource).split("\n");
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i];
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String origin = file + ":" + (i + 1);
        String[] cols = line.split("\t");
        if (cols.length != 3) {
          throw new IllegalArgumentException(
              origin + ": expected CODE<TAB>STYLE<TAB>SENTENCE, got " + cols.length + " cells");
        }
        String label = cols[0].strip();
        if (!label.equals(EventClassifier.NONE)
            && (label.length() != 3 || codebook.get(label).isEmpty())) {
          throw new IllegalArgumentException(
              origin + ": '" + label + "' is neither a CAMEO base code nor 'none'");
        }
        String style = cols[1].strip();
        if (!STYLES.contains(style)) {
          throw new IllegalArgumentException(
              origin + ": unknown style '" + style + "' (one of " + STYLES + ")");
        }
        String marked = cols[2].strip();
        if (!marked.contains("<s>") || !marked.contains("</s>")) {
          throw new IllegalArgumentException(
              origin + ": the sentence marks no source span <s>…</s>");
        }
        out.add(new Example(label, style, marked, origin));
      }
    }
    return out;
  }

  private static String read(String resource) {
    try (InputStream in = TrainingSet.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("training file missing from the classpath: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
