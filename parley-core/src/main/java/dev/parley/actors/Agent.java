package dev.parley.actors;

import java.util.Objects;

/**
 * A common agent word and the CAMEO sector it stands for ("foreign ministry" is GOV, "troops" is
 * MIL). The resolver prefixes the sector with the country the word is attached to.
 *
 * @param phrase the word or words, lower case
 * @param sector CAMEO role code ("GOV", "MIL", "MED", ...)
 */
public record Agent(String phrase, String sector) implements ActorEntry {

  public Agent {
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(sector, "sector");
  }

  @Override
  public String id() {
    return "agent:" + phrase;
  }

  @Override
  public String displayName() {
    return phrase;
  }
}
