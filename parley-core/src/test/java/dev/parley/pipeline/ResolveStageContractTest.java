package dev.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.actors.ActorDictionary;
import dev.parley.actors.ActorResolver;
import dev.parley.actors.Mention;
import dev.parley.actors.ResolvedArticle;
import dev.parley.nlp.AnnotatedArticle;
import dev.parley.nlp.HandParsed;
import dev.parley.text.CodePoints;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The resolve stage's contract on random tagged sentences: mention spans inside the text, in order.
 */
class ResolveStageContractTest extends StageContract<AnnotatedArticle, ResolvedArticle> {
  private static final String[][] WORDS = {
    {"Trump", "Trump", "NNP", "PERSON"},
    {"Kim", "Kim", "NNP", "PERSON"},
    {"Mr.", "Mr.", "NNP", "O"},
    {"Seoul", "Seoul", "NNP", "LOCATION"},
    {"North", "North", "NNP", "LOCATION"},
    {"Korean", "Korean", "JJ", "MISC"},
    {"troops", "troop", "NNS", "O"},
    {"he", "he", "PRP", "O"},
    {"met", "meet", "VBD", "O"},
    {"the", "the", "DT", "O"},
    {"foreign", "foreign", "JJ", "O"},
    {"ministry", "ministry", "NN", "O"},
    {"Begun", "Begun", "NNP", "PERSON"},
    {"\ud83d\ude00", "\ud83d\ude00", "SYM", "O"},
    {"United", "United", "NNP", "ORGANIZATION"},
    {"Nations", "Nations", "NNPS", "ORGANIZATION"},
    {",", ",", ",", "O"},
  };

  private final ResolveStage stage =
      new ResolveStage(new ActorResolver(ActorDictionary.builtIn()), List.of());

  @Override
  protected Stage<AnnotatedArticle, ResolvedArticle> stage() {
    return stage;
  }

  @Override
  protected AnnotatedArticle randomInput(Random random) {
    List<List<String[]>> sentences = new ArrayList<>();
    int count = 1 + random.nextInt(3);
    for (int s = 0; s < count; s++) {
      int n = 1 + random.nextInt(12);
      List<String[]> words = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        words.add(WORDS[random.nextInt(WORDS.length)]);
      }
      sentences.add(words);
    }
    HandParsed article =
        HandParsed.spaced(random.nextBoolean() ? "2019-06-28" : null)
            .dateline(random.nextBoolean() ? "SEOUL" : null);
    sentences.forEach(words -> article.sentence(words, List.of()));
    return article.annotated();
  }

  @Override
  protected List<AnnotatedArticle> hostileInputs() {
    return List.of(HandParsed.spaced(null).annotated());
  }

  @Override
  protected void check(AnnotatedArticle input, ResolvedArticle out) {
    String text = input.article().text();
    int length = text.codePointCount(0, text.length());
    int last = 0;
    for (Mention m : out.mentions()) {
      assertTrue(
          0 <= m.begin() && m.begin() <= m.end() && m.end() <= length,
          () -> "outside the text: " + m);
      assertTrue(m.begin() >= last, () -> "offsets went backwards at " + m);
      last = m.begin();
      assertEquals(
          CodePoints.slice(text, m.begin(), m.end()), m.text(), "a mention's text is its span");
      assertTrue(m.kind() != null);
    }
  }
}
