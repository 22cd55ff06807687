package dev.parley.store;

import dev.parley.events.Event;
import java.util.Objects;

/**
 * One stored event joined with the article it came from: the fields of the events JSONL contract
 * ({@code doc}, {@code outlet} and {@code title} come from the article).
 *
 * @param event the event as coded
 * @param doc the article's input name (JSONL id or path, first sighting)
 * @param outlet the article's outlet, or null
 * @param title the article's title, or null
 */
public record EventRow(Event event, String doc, String outlet, String title) {
  public EventRow {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(doc, "doc");
  }
}
