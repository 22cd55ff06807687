package dev.parley.actors;

/**
 * An entry of the {@link ActorDictionary}: a country, an agent word, a named organisation, a person
 * or a place.
 */
public sealed interface ActorEntry permits Country, Agent, NamedActor, Person, Place {

  /** Stable id ("country:KOR", "agent:foreign minister", "org:kcna", "person:donald-trump"). */
  String id();

  /** Name to show to a reader. */
  String displayName();
}
