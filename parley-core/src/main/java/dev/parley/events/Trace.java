package dev.parley.events;

import java.util.ArrayList;
import java.util.List;

/**
 * What the coder tried on a sentence and why each event was or was not coded, for {@code parley
 * explain}. The coder writes to {@link #NONE} when nobody asks, which costs nothing.
 */
public interface Trace {
  Trace NONE = line -> {};

  void note(String line);

  default boolean on() {
    return this != NONE;
  }

  /** A trace that keeps its lines. */
  static Collected collect() {
    return new Collected();
  }

  /** The lines of a collecting trace, in order. */
  final class Collected implements Trace {
    private final List<String> lines = new ArrayList<>();

    @Override
    public void note(String line) {
      lines.add(line);
    }

    public List<String> lines() {
      return List.copyOf(lines);
    }
  }
}
