package dev.parley.events;

import dev.parley.nlp.HandParsed;
import dev.parley.nlp.Timex;
import java.util.List;

/**
 * An article of several hand-parsed sentences, in the notation of {@link HandParsed} with every
 * token one space apart, coded by the built-in lexicon. A time expression is given by its token
 * positions and value.
 */
final class HandParsedArticle {
  private final HandParsed article;

  private HandParsedArticle(String published) {
    this.article = HandParsed.spaced(published);
  }

  static HandParsedArticle published(String date) {
    return new HandParsedArticle(date);
  }

  HandParsedArticle sentence(String tokens, String edges, Timex... timexes) {
    article.sentence(tokens, edges, timexes);
    return this;
  }

  /** A sentence with one DATE expression over tokens {@code first..last} (1-based). */
  HandParsedArticle sentence(String tokens, String edges, int first, int last, String value) {
    article.sentence(tokens, edges, first, last, "DATE", value);
    return this;
  }

  /** The article's events, coded by the built-in lexicon without the classifier. */
  List<Event> code() {
    return code(Trace.NONE);
  }

  List<Event> code(Trace trace) {
    return ParsedSentences.CODER
        .code(ParsedSentences.RESOLVER.resolve(article.annotated()), trace)
        .events();
  }
}
