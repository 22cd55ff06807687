package dev.parley.actors;

import dev.parley.nlp.AnnotatedArticle;
import java.util.List;

/** Stage 3 output: an annotated article and its actor mentions, in text order. */
public record ResolvedArticle(AnnotatedArticle annotated, List<Mention> mentions) {
  public ResolvedArticle {
    mentions = List.copyOf(mentions);
  }
}
