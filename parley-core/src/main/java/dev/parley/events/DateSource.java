package dev.parley.events;

import java.util.Locale;

/**
 * Where an event's date comes from: the event's own words, the article's lead, or its publication
 * date.
 */
public enum DateSource {
  /** A time expression of the event's own clause or phrase ("on Saturday", "in March"). */
  TEXT,
  /**
   * The day the article's lead dates its news to ("fired two missiles on Tuesday"), for an act in
   * the simple past that its own clause does not date, in a story published days later.
   */
  LEAD,
  /**
   * The publication date, for an asserted or reported act whose clause says nothing of when: a
   * fallback that is often right for news of the day and wrong for background acts.
   */
  PUBLICATION;

  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The source named by {@link #word()}, or null for null. */
  public static DateSource ofWord(String word) {
    return word == null ? null : valueOf(word.toUpperCase(Locale.ROOT));
  }
}
