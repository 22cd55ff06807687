package dev.parley.actors;

/** What a surface form of the {@link ActorDictionary} names; the names match {@link Mention#kind}. */
public enum FormKind {
  /** A country's name ("South Korea"). */
  COUNTRY,
  /** A country's demonym ("North Korean"). */
  DEMONYM,
  /** A capital standing for its government ("Seoul"). */
  CAPITAL,
  /** Another metonym for a government ("White House"). */
  SEAT,
  /** A named organisation ("KCNA"). */
  ORGANISATION,
  /** A person's name or alias ("Kim Jong-un"). */
  PERSON,
  /** A common agent word ("foreign ministry"); matched ignoring case. */
  AGENT
}
