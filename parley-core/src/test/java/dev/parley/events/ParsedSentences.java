package dev.parley.events;

import dev.parley.actors.ActorDictionary;
import dev.parley.actors.ActorResolver;
import dev.parley.clean.Article;
import dev.parley.clean.ArticleId;
import dev.parley.nlp.AnnotatedArticle;
import dev.parley.nlp.Dependency;
import dev.parley.nlp.Sentence;
import dev.parley.nlp.Timex;
import dev.parley.nlp.Token;
import dev.parley.time.PartialDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a parsed one-sentence article by hand, so the coder can be tested without models: words
 * with their lemma, POS and NER, and UD edges written as "rel head dependent" over 1-based token
 * positions (0 = root).
 */
final class ParsedSentences {
  static final ActorResolver RESOLVER = new ActorResolver(ActorDictionary.builtIn());
  static final EventCoder CODER =
      new EventCoder(Codebook.builtIn(), VerbLexicon.builtIn(Codebook.builtIn()), RESOLVER);

  private ParsedSentences() {}

  /** tokens: "word/lemma/POS/NER" separated by spaces; edges: "rel head dep" separated by ";". */
  static List<Event> code(String published, String tokens, String edges, Timex... timexes) {
    List<Token> toks = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int i = 0;
    for (String t : tokens.split(" ")) {
      String[] p = t.split("/");
      String word = p[0].replace('_', ' ');
      if (text.length() > 0) {
        text.append(' ');
      }
      int begin = text.length();
      text.append(word);
      toks.add(new Token(i++, word, p[1], p[2], p.length > 3 ? p[3] : "O", begin, text.length()));
    }
    List<Dependency> deps = new ArrayList<>();
    for (String e : edges.split(";")) {
      String[] p = e.strip().split(" ");
      deps.add(new Dependency(p[0], Integer.parseInt(p[1]) - 1, Integer.parseInt(p[2]) - 1));
    }
    String body = text.toString();
    Sentence s = new Sentence(0, 0, body.length(), toks, deps, List.of(timexes));
    Article a =
        new Article(
            ArticleId.of(body),
            "test",
            null,
            null,
            null,
            PartialDateTime.parse(published).orElse(null),
            null,
            "en",
            null,
            body,
            List.of());
    return CODER.code(RESOLVER.resolve(new AnnotatedArticle(a, List.of(s)))).events();
  }
}
