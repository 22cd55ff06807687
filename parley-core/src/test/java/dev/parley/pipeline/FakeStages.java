package dev.parley.pipeline;

import dev.parley.actors.ResolvedArticle;
import dev.parley.clean.Article;
import dev.parley.events.CodedArticle;
import dev.parley.ingest.RawDocument;
import dev.parley.nlp.AnnotatedArticle;
import java.util.List;
import java.util.function.Function;

/** Stages made of lambdas, so that the runner is tested without CoreNLP. */
final class FakeStages {
  private FakeStages() {}

  static <I, O> Stage<I, O> stage(
      String name, Class<I> needs, Class<O> provides, Function<I, O> body) {
    return new Stage<>() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Class<I> needs() {
        return needs;
      }

      @Override
      public Class<O> provides() {
        return provides;
      }

      @Override
      public O apply(I input) {
        return body.apply(input);
      }
    };
  }

  /** The article is the content itself; its id the content stripped of a "#n" copy tag. */
  static Stage<RawDocument, Article> clean() {
    return stage(
        "clean",
        RawDocument.class,
        Article.class,
        raw -> {
          String text = raw.content().strip();
          String language = text.startsWith("[fr]") ? "fr" : "en";
          return new Article(
              "id:" + text.replaceAll("\\s*#\\d+$", ""),
              raw.doc(),
              null,
              null,
              null,
              null,
              null,
              language,
              null,
              text,
              List.of());
        });
  }

  /**
   * "Codes" an article with no events; "boom" throws; "slow N" sleeps N ms (so that later inputs
   * finish first); "oom" throws an Error.
   */
  static Stage<Article, CodedArticle> code() {
    return stage(
        "code",
        Article.class,
        CodedArticle.class,
        a -> {
          if (a.text().contains("boom")) {
            throw new IllegalStateException("the coder broke");
          }
          if (a.text().contains("oom")) {
            throw new OutOfMemoryError("fake");
          }
          if (a.text().startsWith("slow ")) {
            try {
              Thread.sleep(Long.parseLong(a.text().split("\\s+")[1]));
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          return new CodedArticle(
              new ResolvedArticle(new AnnotatedArticle(a, List.of()), List.of()), List.of());
        });
  }

  static Pipeline pipeline() {
    return Pipeline.builder().then(clean()).then(code()).build();
  }
}
