package dev.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.actors.ActorDictionary;
import dev.parley.actors.ActorResolver;
import dev.parley.actors.Mention;
import dev.parley.actors.ResolvedArticle;
import dev.parley.clean.Article;
import dev.parley.clean.ArticleId;
import dev.parley.nlp.AnnotatedArticle;
import dev.parley.nlp.Sentence;
import dev.parley.nlp.Token;
import dev.parley.text.CodePoints;
import dev.parley.time.PartialDateTime;
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
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    int count = 1 + random.nextInt(3);
    for (int s = 0; s < count; s++) {
      if (s > 0) {
        text.append(' ');
      }
      int sentenceBegin = text.codePointCount(0, text.length());
      int n = 1 + random.nextInt(12);
      List<String[]> words = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        words.add(WORDS[random.nextInt(WORDS.length)]);
      }
      List<Token> tokens = tokens(words, text);
      sentences.add(
          new Sentence(
              s,
              sentenceBegin,
              text.codePointCount(0, text.length()),
              tokens,
              List.of(),
              List.of()));
    }
    String body = text.toString();
    Article a =
        new Article(
            ArticleId.of(body),
            "random",
            null,
            null,
            null,
            random.nextBoolean() ? PartialDateTime.parse("2019-06-28").orElseThrow() : null,
            random.nextBoolean() ? "SEOUL" : null,
            "en",
            null,
            body,
            List.of());
    return new AnnotatedArticle(a, sentences);
  }

  /**
   * Appends the words to {@code text}, one space apart, and returns them as tokens with their
   * offsets.
   */
  private static List<Token> tokens(List<String[]> words, StringBuilder text) {
    List<Token> tokens = new ArrayList<>();
    for (String[] w : words) {
      text.append(tokens.isEmpty() ? "" : " ");
      int at = text.codePointCount(0, text.length());
      text.append(w[0]);
      tokens.add(
          new Token(
              tokens.size(),
              w[0],
              w[1],
              w[2],
              w[3],
              at,
              at + w[0].codePointCount(0, w[0].length())));
    }
    return tokens;
  }

  @Override
  protected List<AnnotatedArticle> hostileInputs() {
    Article empty =
        new Article(
            ArticleId.of(""), "empty", null, null, null, null, null, "en", null, "", List.of());
    return List.of(new AnnotatedArticle(empty, List.of()));
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
