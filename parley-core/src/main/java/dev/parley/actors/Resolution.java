package dev.parley.actors;

import java.util.Objects;

/**
 * What a noun phrase resolved to and why: the actor (or none), the reason in words ("capital
 * 'Seoul' stands for the government of South Korea"), and, for a place that is not an actor, the
 * country it is in.
 *
 * @param actor the actor, or null when the phrase names none (an actor of {@link
 *     ActorRef.How#ENTITY} has an empty code: a name no dictionary knows)
 * @param why the alias, rule or fuzzy match that decided, or why nothing was resolved
 * @param placeCountry for a place that is not an actor ("the summit in Hanoi"), its country's code;
 *     else null
 */
public record Resolution(ActorRef actor, String why, String placeCountry) {
  public Resolution {
    Objects.requireNonNull(why, "why");
  }

  public static Resolution of(ActorRef actor, String why) {
    return new Resolution(actor, why, null);
  }

  public static Resolution none(String why) {
    return new Resolution(null, why, null);
  }

  /** Whether a CAMEO code was found (an uncoded entity is not resolved). */
  public boolean resolved() {
    return actor != null && !actor.code().isEmpty();
  }
}
