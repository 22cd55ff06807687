package dev.parley.quotes;

import dev.parley.actors.ActorDictionary;
import dev.parley.actors.ActorResolver;
import dev.parley.clean.Article;
import dev.parley.clean.ArticleId;
import dev.parley.nlp.AnnotatedArticle;
import dev.parley.nlp.Dependency;
import dev.parley.nlp.Sentence;
import dev.parley.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a parsed article of several sentences by hand, so quotes can be tested without models.
 * Each sentence is "tokens | edges": tokens "word/lemma/POS/NER" separated by spaces (an underscore
 * in a word is a space), edges "rel head dep" over 1-based positions (0 = root) separated by ";",
 * or no edges for an unparsed sentence. No space is written after an opening mark (POS {@code ``})
 * nor before punctuation and closing marks (POS {@code ''}, {@code ,}, {@code .}, {@code :}). A
 * sentence "¶" starts a new paragraph (a blank line).
 */
final class Parsed {
  static final ActorResolver RESOLVER = new ActorResolver(ActorDictionary.builtIn());
  static final QuoteFinder FINDER = new QuoteFinder(RESOLVER);

  private Parsed() {}

  static List<Quote> quotes(String published, String... sentences) {
    return FINDER.find(RESOLVER.resolve(article(published, sentences)));
  }

  static AnnotatedArticle article(String published, String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Sentence> out = new ArrayList<>();
    boolean noSpace = true;
    for (String spec : sentences) {
      if (spec.equals("¶")) {
        text.append("\n\n");
        noSpace = true;
        continue;
      }
      String[] parts = spec.split("\\|", -1);
      List<Token> toks = new ArrayList<>();
      int sentenceBegin = -1;
      int i = 0;
      for (String t : parts[0].strip().split(" ")) {
        String[] p = t.split("/");
        String word = p[0].replace('_', ' ');
        String pos = p[2];
        boolean glue =
            pos.equals("''")
                || pos.equals(",")
                || pos.equals(".")
                || pos.equals(":")
                || pos.equals("POS");
        if (!noSpace && !glue && text.length() > 0) {
          text.append(' ');
        }
        int begin = text.length();
        if (sentenceBegin < 0) {
          sentenceBegin = begin;
        }
        text.append(word);
        toks.add(new Token(i++, word, p[1], pos, p.length > 3 ? p[3] : "O", begin, text.length()));
        noSpace = pos.equals("``");
      }
      List<Dependency> deps = new ArrayList<>();
      if (parts.length > 1 && !parts[1].isBlank()) {
        for (String e : parts[1].split(";")) {
          String[] p = e.strip().split(" ");
          deps.add(new Dependency(p[0], Integer.parseInt(p[1]) - 1, Integer.parseInt(p[2]) - 1));
        }
      }
      out.add(new Sentence(out.size(), sentenceBegin, text.length(), toks, deps, List.of()));
    }
    String body = text.toString();
    Article a =
        new Article(
            ArticleId.of(body),
            "test",
            null,
            null,
            null,
            published == null
                ? null
                : dev.parley.time.PartialDateTime.parse(published).orElse(null),
            null,
            "en",
            null,
            body,
            List.of());
    return new AnnotatedArticle(a, out);
  }
}
