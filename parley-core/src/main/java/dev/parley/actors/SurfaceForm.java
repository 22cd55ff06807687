package dev.parley.actors;

import java.util.Objects;

/**
 * One way a dictionary entry is written in text, for gazetteer lookup.
 *
 * @param text the form as written in the dictionary ("North Korean", "foreign ministry")
 * @param kind what the form names
 * @param entry the entry it points to
 */
public record SurfaceForm(String text, FormKind kind, ActorEntry entry) {

  public SurfaceForm {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(entry, "entry");
  }

  /** Agent words match in any case; proper names are case-sensitive. */
  public boolean ignoresCase() {
    return kind == FormKind.AGENT;
  }

  /** Number of space-separated words. */
  public int words() {
    return text.split(" ").length;
  }
}
