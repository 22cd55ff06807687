package dev.parley.events;

import dev.parley.actors.ResolvedArticle;
import dev.parley.clean.Article;
import java.util.List;

/** Stage 4 output: a resolved article and its events, ready to store. */
public record CodedArticle(ResolvedArticle resolved, List<Event> events) {
  public CodedArticle {
    events = List.copyOf(events);
  }

  public Article article() {
    return resolved.annotated().article();
  }
}
