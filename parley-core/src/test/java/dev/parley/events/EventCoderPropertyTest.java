package dev.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.clean.Article;
import dev.parley.clean.ArticleId;
import dev.parley.nlp.AnnotatedArticle;
import dev.parley.nlp.Dependency;
import dev.parley.nlp.Sentence;
import dev.parley.nlp.Timex;
import dev.parley.nlp.Token;
import dev.parley.text.CodePoints;
import dev.parley.time.PartialDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The coder's contract on random parses (any tree, any relation, cycles and self-loops included, as
 * a broken parser could give): it never throws, never loops, and every event cites a sentence span
 * inside the article with a known code.
 */
class EventCoderPropertyTest {
  private static final String[][] WORDS = {
    {"Russia", "Russia", "NNP", "LOCATION"},
    {"Ukraine", "Ukraine", "NNP", "LOCATION"},
    {"Kim", "Kim", "NNP", "PERSON"},
    {"Trump", "Trump", "NNP", "PERSON"},
    {"he", "he", "PRP", "O"},
    {"who", "who", "WP", "O"},
    {"attacked", "attack", "VBD", "O"},
    {"met", "meet", "VBD", "O"},
    {"agreed", "agree", "VBD", "O"},
    {"threatened", "threaten", "VBD", "O"},
    {"sanctions", "sanction", "NNS", "O"},
    {"imposed", "impose", "VBD", "O"},
    {"not", "not", "RB", "O"},
    {"will", "will", "MD", "O"},
    {"the", "the", "DT", "O"},
    {"police", "police", "NNS", "O"},
    {"Seoul", "Seoul", "NNP", "LOCATION"},
    {"on", "on", "IN", "O"},
    {"Friday", "Friday", "NNP", "DATE"},
    {"😀", "😀", "SYM", "O"},
    {"denied", "deny", "VBD", "O"},
    {"said", "say", "VBD", "O"},
    {"to", "to", "TO", "O"},
    {"minister", "minister", "NN", "O"},
  };
  private static final String[] RELATIONS = {
    "nsubj",
    "nsubj:pass",
    "obj",
    "iobj",
    "obl",
    "obl:on",
    "obl:agent",
    "nmod:poss",
    "compound",
    "amod",
    "case",
    "xcomp",
    "ccomp",
    "conj:and",
    "advmod",
    "aux",
    "aux:pass",
    "mark",
    "acl:relcl",
    "appos",
    "flat",
    "det",
    "root",
  };

  @Test
  void randomParsesNeverBreakTheContract() {
    Random random = new Random(20261125L);
    for (int round = 0; round < 400; round++) {
      int n = 1 + random.nextInt(14);
      List<Token> tokens = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < n; i++) {
        String[] w = WORDS[random.nextInt(WORDS.length)];
        if (i > 0) {
          text.append(' ');
        }
        int begin = text.codePointCount(0, text.length());
        text.append(w[0]);
        tokens.add(
            new Token(i, w[0], w[1], w[2], w[3], begin, text.codePointCount(0, text.length())));
      }
      List<Dependency> deps = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int gov = random.nextInt(n + 1) - 1; // -1 = root; self-loops and cycles allowed
        deps.add(new Dependency(RELATIONS[random.nextInt(RELATIONS.length)], gov, i));
      }
      List<Timex> timexes = new ArrayList<>();
      if (random.nextBoolean()) {
        int t = random.nextInt(n);
        timexes.add(
            new Timex(
                t,
                t,
                tokens.get(t).begin(),
                tokens.get(t).end(),
                "DATE",
                random.nextBoolean() ? "2019-06-28" : "XXXX-WXX-5",
                tokens.get(t).word()));
      }
      String body = text.toString();
      int cps = body.codePointCount(0, body.length());
      Sentence s = new Sentence(0, 0, cps, tokens, deps, timexes);
      Article a =
          new Article(
              ArticleId.of(body),
              "random",
              null,
              null,
              null,
              random.nextBoolean() ? PartialDateTime.parse("2019-06-28").orElseThrow() : null,
              null,
              "en",
              null,
              body,
              List.of());
      List<Event> events =
          ParsedSentences.CODER
              .code(ParsedSentences.RESOLVER.resolve(new AnnotatedArticle(a, List.of(s))))
              .events();
      for (Event e : events) {
        assertTrue(
            0 <= e.evidenceStart() && e.evidenceStart() < e.evidenceEnd() && e.evidenceEnd() <= cps,
            e.toString());
        assertEquals(CodePoints.slice(body, e.evidenceStart(), e.evidenceEnd()), e.sentence());
        assertTrue(Codebook.builtIn().get(e.code()).isPresent(), e.code());
        assertTrue(e.confidence() > 0 && e.confidence() <= 1, e.toString());
      }
    }
  }
}
