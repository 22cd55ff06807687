package dev.parley.events;

import dev.parley.actors.ActorDictionary;
import dev.parley.actors.ActorResolver;
import dev.parley.nlp.Timex;
import java.util.List;

/**
 * The coder and its resolver for tests, and the events of a one-sentence article parsed by hand
 * (see {@link dev.parley.nlp.HandParsed}), so the coder can be tested without models.
 */
final class ParsedSentences {
  static final ActorResolver RESOLVER = new ActorResolver(ActorDictionary.builtIn());
  static final EventCoder CODER =
      new EventCoder(Codebook.builtIn(), VerbLexicon.builtIn(Codebook.builtIn()), RESOLVER);

  private ParsedSentences() {}

  /** tokens: "word/lemma/POS/NER" separated by spaces; edges: "rel head dep" separated by ";". */
  static List<Event> code(String published, String tokens, String edges, Timex... timexes) {
    return HandParsedArticle.published(published).sentence(tokens, edges, timexes).code();
  }
}
