package dev.parley.quotes;

import dev.parley.actors.ActorContext;
import dev.parley.actors.Resolution;
import dev.parley.nlp.Sentence;
import java.time.LocalDate;

/**
 * Who a speaker mention is: the actor the phrase names ("Seoul's presidential office" → KORGOV).
 * A phrase that points back ("he said", "the envoy said", "Mr. Kim said") is what the resolve
 * stage linked it to (its {@link dev.parley.actors.Reference}), read through the same {@link
 * ActorContext} as the event coder's: the quotes stage decides nothing about antecedents itself.
 */
final class Speakers {
  /** A resolved speaker: its code (or null) and the name to show. */
  record Who(String code, String name) {}

  private final ActorContext actors;
  private final LocalDate date;

  Speakers(ActorContext actors, LocalDate date) {
    this.actors = actors;
    this.date = date;
  }

  /** Whom the phrase headed by {@code head} of {@code s} stands for. */
  Who resolve(Sentence s, int head, String phrase) {
    Resolution r = actors.resolutionAt(s, head, date);
    if (r.actor() == null) {
      return new Who(null, phrase);
    }
    String code = r.actor().code() == null || r.actor().code().isEmpty() ? null : r.actor().code();
    return new Who(code, r.actor().name());
  }
}
