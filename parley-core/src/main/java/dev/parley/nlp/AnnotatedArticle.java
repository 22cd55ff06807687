package dev.parley.nlp;

import dev.parley.clean.Article;
import java.util.List;

/** Stage 2 output: an article with its sentences annotated. */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {
  public AnnotatedArticle {
    sentences = List.copyOf(sentences);
  }
}
