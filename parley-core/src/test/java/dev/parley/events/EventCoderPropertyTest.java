package dev.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.nlp.AnnotatedArticle;
import dev.parley.nlp.Dependency;
import dev.parley.nlp.HandParsed;
import dev.parley.text.CodePoints;
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
      List<String[]> words = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        words.add(WORDS[random.nextInt(WORDS.length)]);
      }
      List<Dependency> deps = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int gov = random.nextInt(n + 1) - 1; // -1 = root; self-loops and cycles allowed
        deps.add(new Dependency(RELATIONS[random.nextInt(RELATIONS.length)], gov, i));
      }
      int dated = random.nextBoolean() ? 1 + random.nextInt(n) : 0; // 1-based; 0: no timex
      String value = dated > 0 && random.nextBoolean() ? "2019-06-28" : "XXXX-WXX-5";
      HandParsed parsed = HandParsed.spaced(random.nextBoolean() ? "2019-06-28" : null);
      AnnotatedArticle a =
          (dated > 0
                  ? parsed.sentence(words, deps, dated, dated, "DATE", value)
                  : parsed.sentence(words, deps))
              .annotated();
      String body = a.article().text();
      int cps = body.codePointCount(0, body.length());
      List<Event> events = ParsedSentences.CODER.code(ParsedSentences.RESOLVER.resolve(a)).events();
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
