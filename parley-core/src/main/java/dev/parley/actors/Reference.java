package dev.parley.actors;

import java.util.List;
import java.util.Objects;

/**
 * A phrase that stands for an actor named earlier in the same article, and what it stands for:
 * "he", "Mr. Kim", "the envoy", "his American counterpart", "the two leaders", "the kingdom". The
 * resolve stage finds them ({@link Coreference}); the event coder and the quotes stage read them
 * through {@link ActorContext}, so that "he said" and "he met" point to the same person.
 *
 * @param sentence index of its sentence
 * @param firstToken first token of the phrase
 * @param head the phrase's head token (the pronoun, the surname, the description's noun): the token
 *     by which consumers look a reference up
 * @param begin code point offset of the phrase in the article text
 * @param end code point offset after it
 * @param text the phrase as written
 * @param form what kind of phrase points back
 * @param antecedents indexes into {@link ResolvedArticle#mentions()} of the full mentions it stands
 *     for, in text order: one for a person, a country or an organisation, two or more for a group
 *     ("the two leaders"); empty when it stays unresolved
 * @param why the rule that chose the antecedents, or why none was chosen ("two people fit: ...")
 */
public record Reference(
    int sentence,
    int firstToken,
    int head,
    int begin,
    int end,
    String text,
    Form form,
    List<Integer> antecedents,
    String why) {

  public Reference {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(why, "why");
    antecedents = List.copyOf(antecedents);
  }

  /** Whether an antecedent was chosen. */
  public boolean resolved() {
    return !antecedents.isEmpty();
  }

  /** How a phrase points back. */
  public enum Form {
    /** A subject or object pronoun, or a possessive one ("he", "she", "they", "his"). */
    PRONOUN,
    /** A surname, alone or after an honorific ("Kim", "Mr. Kim"), after the full name. */
    SURNAME,
    /** A definite description of a person, state or organisation ("the envoy", "the kingdom"). */
    DESCRIPTION,
    /** Someone defined by another person ("his counterpart", "his predecessor"). */
    RELATIVE,
    /** Several people at once ("the two leaders", "both leaders"). */
    GROUP
  }
}
