package dev.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.actors.ResolvedArticle;
import dev.parley.clean.Article;
import dev.parley.events.CodedArticle;
import dev.parley.ingest.Hints;
import dev.parley.ingest.RawDocument;
import dev.parley.outcome.Outcome;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Building a pipeline checks its stages; the version follows the stages' knowledge. */
class PipelineTest {

  @Test
  void aStageWhoseInputNoEarlierStageProvidesIsNamedWhenBuilt() {
    Stage<ResolvedArticle, CodedArticle> code =
        FakeStages.stage("code", ResolvedArticle.class, CodedArticle.class, r -> null);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Pipeline.builder().then(FakeStages.clean()).then(code));
    assertEquals(
        "pipeline: stage 'code' needs ResolvedArticle, which no stage before it provides"
            + " (available: RawDocument, Article)",
        e.getMessage());
  }

  @Test
  void aPipelineWithoutACodedArticleIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Pipeline.builder().then(FakeStages.clean()).build());
    assertTrue(e.getMessage().contains("no stage provides CodedArticle"), e.getMessage());
  }

  @Test
  void twoStagesMayNotProvideTheSameRecord() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Pipeline.builder().then(FakeStages.clean()).then(FakeStages.clean()));
    assertTrue(
        e.getMessage().contains("stage 'clean' provides Article, which an earlier stage"),
        e.getMessage());
  }

  @Test
  void theVersionChangesWithAStagesKnowledge() {
    Pipeline a = Pipeline.builder().then(FakeStages.clean()).then(withKnowledge("one")).build();
    Pipeline b = Pipeline.builder().then(FakeStages.clean()).then(withKnowledge("two")).build();
    Pipeline a2 = Pipeline.builder().then(FakeStages.clean()).then(withKnowledge("one")).build();
    assertNotEquals(a.version(), b.version());
    assertEquals(a.version(), a2.version());
    assertTrue(a.version().startsWith(Pipeline.CODE_VERSION + "+"), a.version());
  }

  @Test
  void processIsOneFunctionForOneInput() {
    Result r = FakeStages.pipeline().process(RawDocument.text("doc", "Some text", Hints.NONE));
    assertEquals(Outcome.INGESTED, r.outcome());
    assertEquals("id:Some text", r.article().id());
    assertTrue(r.wasCoded());
    Result dup =
        FakeStages.pipeline()
            .process(RawDocument.text("doc", "Some text", Hints.NONE), id -> false);
    assertEquals(Outcome.DUPLICATE, dup.outcome());
  }

  private static Stage<Article, CodedArticle> withKnowledge(String content) {
    Stage<Article, CodedArticle> inner = FakeStages.code();
    return new Stage<>() {
      @Override
      public String name() {
        return inner.name();
      }

      @Override
      public Class<Article> needs() {
        return inner.needs();
      }

      @Override
      public Class<CodedArticle> provides() {
        return inner.provides();
      }

      @Override
      public CodedArticle apply(Article input) {
        return inner.apply(input);
      }

      @Override
      public List<Knowledge> knowledge() {
        return List.of(new Knowledge("file", () -> content.getBytes(StandardCharsets.UTF_8)));
      }
    };
  }
}
