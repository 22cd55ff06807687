package dev.parley.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One line of the event lexicon: a verb or event-noun construction and the CAMEO code it stands for
 * (the format is described in {@code events/lexicon/README.md}).
 *
 * @param code CAMEO event code
 * @param lemma the verb's or noun's lemma
 * @param noun whether this is an event-noun pattern ({@code n:visit}) rather than a verb pattern
 * @param particle a required particle ("up" in "step up"), or null
 * @param objectLemmas for a verb, the direct object must have one of these lemmas; for a noun, a
 *     compound or adjective modifier must; empty = no requirement
 * @param mannerPreposition with {@code mannerLemmas}: the verb must have a phrase with this
 *     preposition whose head has one of those lemmas ("spoke by telephone"); null = none required
 * @param mannerLemmas the lemmas for {@code mannerPreposition}
 * @param clauseRoots the verb must govern an open clause whose event falls in one of these roots;
 *     empty = no such requirement
 * @param targets where to look for the target, in order: obj, iobj, xcomp, ccomp, a preposition, or
 *     "-"
 * @param symmetric "X and Y met" gives events both ways when no target is found
 * @param personTarget the target may not be a bare place
 * @param possessorTarget for an event noun, the possessor is the target, not the source ("Navalny's
 *     arrest")
 * @param origin file and line it came from, for error messages and the rule id
 */
public record VerbPattern(
    String code,
    String lemma,
    boolean noun,
    String particle,
    Set<String> objectLemmas,
    String mannerPreposition,
    Set<String> mannerLemmas,
    Set<String> clauseRoots,
    List<String> targets,
    boolean symmetric,
    boolean personTarget,
    boolean possessorTarget,
    String origin) {

  /** A readable id of the rule: {@code [n:]lemma[+particle][{obj}][>roots]@code}. */
  public String ruleId() {
    StringBuilder b = new StringBuilder(noun ? "n:" : "").append(lemma);
    if (particle != null) {
      b.append('+').append(particle);
    }
    if (!objectLemmas.isEmpty()) {
      b.append('{').append(objectLemmas.iterator().next()).append('}');
    }
    if (mannerPreposition != null) {
      b.append('[')
          .append(mannerPreposition)
          .append(':')
          .append(mannerLemmas.iterator().next())
          .append(']');
    }
    if (!clauseRoots.isEmpty()) {
      b.append('>').append(String.join(",", clauseRoots.stream().sorted().toList()));
    }
    return b.append('@').append(code).toString().toLowerCase(Locale.ROOT);
  }

  /** Higher is more specific; patterns are tried in descending order. */
  int specificity() {
    // a two-word object ("sanction relief") before one word of it ("relief")
    return (objectLemmas.isEmpty() ? 0 : 2)
        + (objectLemmas.stream().anyMatch(l -> l.contains(" ")) ? 1 : 0)
        + (clauseRoots.isEmpty() ? 0 : 2)
        + (mannerPreposition == null ? 0 : 2)
        + (particle == null ? 0 : 1);
  }

  /** The same pattern coding {@code other}, a sub-code its absorbed clause selects. */
  public VerbPattern withCode(String other) {
    return new VerbPattern(
        other,
        lemma,
        noun,
        particle,
        objectLemmas,
        mannerPreposition,
        mannerLemmas,
        clauseRoots,
        targets,
        symmetric,
        personTarget,
        possessorTarget,
        origin);
  }

  /** Whether an event may be coded with no target. */
  public boolean targetOptional() {
    return targets.contains("-");
  }
}
