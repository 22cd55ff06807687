package dev.parley.actors;

import dev.parley.nlp.AnnotatedArticle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stage 3 output: an annotated article, its actor mentions in text order, and the phrases that
 * point back to them within the article ({@link Reference}: pronouns, surnames, descriptions).
 */
public record ResolvedArticle(
    AnnotatedArticle annotated, List<Mention> mentions, List<Reference> references) {
  public ResolvedArticle {
    mentions = List.copyOf(mentions);
    references = List.copyOf(references);
  }

  /** An article whose mentions point back to nothing (no within-article resolution). */
  public ResolvedArticle(AnnotatedArticle annotated, List<Mention> mentions) {
    this(annotated, mentions, List.of());
  }

  /** The reference whose head is token {@code head} of sentence {@code sentence}, if any. */
  public Optional<Reference> referenceAt(int sentence, int head) {
    for (Reference r : references) {
      if (r.sentence() == sentence && r.head() == head) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** The references by sentence, for lookups over a whole article. */
  public Map<Integer, List<Reference>> referencesBySentence() {
    Map<Integer, List<Reference>> out = new HashMap<>();
    for (Reference r : references) {
      out.computeIfAbsent(r.sentence(), k -> new java.util.ArrayList<>()).add(r);
    }
    return out;
  }
}
