package dev.parley.events;

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
 * An article of several hand-parsed sentences, in the notation of {@link ParsedSentences}: tokens
 * "word/lemma/POS/NER" separated by spaces, edges "rel head dep" over 1-based positions. A time
 * expression is given by its token positions and value.
 */
final class HandParsedArticle {
  private record Spec(String tokens, String edges, int[] timexTokens, String timexValue) {}

  private final String published;
  private final List<Spec> specs = new ArrayList<>();

  private HandParsedArticle(String published) {
    this.published = published;
  }

  static HandParsedArticle published(String date) {
    return new HandParsedArticle(date);
  }

  HandParsedArticle sentence(String tokens, String edges) {
    specs.add(new Spec(tokens, edges, null, null));
    return this;
  }

  /** A sentence with one DATE expression over tokens {@code first..last} (1-based). */
  HandParsedArticle sentence(String tokens, String edges, int first, int last, String value) {
    specs.add(new Spec(tokens, edges, new int[] {first, last}, value));
    return this;
  }

  /** The article's events, coded by the built-in lexicon without the classifier. */
  List<Event> code() {
    return code(Trace.NONE);
  }

  List<Event> code(Trace trace) {
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    for (Spec spec : specs) {
      if (text.length() > 0) {
        text.append(' ');
      }
      int sentenceBegin = text.length();
      List<Token> toks = new ArrayList<>();
      int i = 0;
      for (String t : spec.tokens().split(" ")) {
        String[] p = t.split("/");
        String word = p[0].replace('_', ' ');
        if (i > 0) {
          text.append(' ');
        }
        int begin = text.length();
        text.append(word);
        toks.add(new Token(i++, word, p[1], p[2], p.length > 3 ? p[3] : "O", begin, text.length()));
      }
      List<Dependency> deps = new ArrayList<>();
      for (String e : spec.edges().split(";")) {
        String[] p = e.strip().split(" ");
        deps.add(new Dependency(p[0], Integer.parseInt(p[1]) - 1, Integer.parseInt(p[2]) - 1));
      }
      List<Timex> timexes = new ArrayList<>();
      if (spec.timexTokens() != null) {
        Token first = toks.get(spec.timexTokens()[0] - 1);
        Token last = toks.get(spec.timexTokens()[1] - 1);
        timexes.add(
            new Timex(
                first.index(),
                last.index(),
                first.begin(),
                last.end(),
                "DATE",
                spec.timexValue(),
                text.substring(first.begin(), last.end())));
      }
      sentences.add(
          new Sentence(sentences.size(), sentenceBegin, text.length(), toks, deps, timexes));
    }
    String body = text.toString();
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
    return ParsedSentences.CODER
        .code(ParsedSentences.RESOLVER.resolve(new AnnotatedArticle(a, sentences)), trace)
        .events();
  }
}
