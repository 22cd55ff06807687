package dev.parley.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One sentence with its tokens, dependency parse and time expressions. Offsets are code points into
 * the article text.
 */
public record Sentence(
    int index,
    int begin,
    int end,
    List<Token> tokens,
    List<Dependency> dependencies,
    List<Timex> timexes) {

  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
    timexes = List.copyOf(timexes);
  }

  /**
   * True when this sentence was dependency-parsed (the annotator may skip sentences with no actor).
   */
  public boolean parsed() {
    return !dependencies.isEmpty();
  }

  /** The edge whose dependent is token {@code i} (its head), if parsed. */
  public Optional<Dependency> head(int i) {
    for (Dependency d : dependencies) {
      if (d.dependent() == i) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** The edges governed by token {@code i}, in token order. */
  public List<Dependency> children(int i) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.governor() == i) {
        out.add(d);
      }
    }
    out.sort(java.util.Comparator.comparingInt(Dependency::dependent));
    return out;
  }
}
