package dev.parley.actors;

import java.util.Objects;

/**
 * One line of {@code parley resolve}: a phrase, the actor it resolved to, and why.
 *
 * @param phrase the phrase as asked
 * @param actorId stable id of the actor ("person:kim-jong-un", "country:KOR/GOV"), or null
 * @param name the actor's display name, or null
 * @param code the CAMEO actor code, or null when the phrase names no actor (or one no dictionary
 *     codes)
 * @param country the country code: the first three letters of a country's code, or a place's
 *     country; null for international and non-state codes
 * @param sector the role after the country ("GOV", "MIL"), the prefix of an international or
 *     non-state code ("IGO", "NGO", "IMG"), or null for a bare country
 * @param why the alias, rule or fuzzy match that decided, or why nothing was resolved
 */
public record PhraseResolution(
    String phrase,
    String actorId,
    String name,
    String code,
    String country,
    String sector,
    String why) {

  public PhraseResolution {
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(why, "why");
  }

  /** Prefixes of codes that are not a country's: international and non-state actors. */
  private static final java.util.Set<String> NON_STATE =
      java.util.Set.of("IGO", "NGO", "IMG", "MNC", "UIS");

  /** The line for a resolution; {@code countries} tells country codes from others. */
  public static PhraseResolution of(String phrase, Resolution r, ActorDictionary countries) {
    Objects.requireNonNull(r, "r");
    if (!r.resolved()) {
      String why =
          r.actor() != null ? r.why() + " (name kept: '" + r.actor().name() + "')" : r.why();
      return new PhraseResolution(phrase, null, null, null, r.placeCountry(), null, why);
    }
    ActorRef a = r.actor();
    String code = a.code();
    String country = null;
    String sector = null;
    String prefix = code.length() >= 3 ? code.substring(0, 3) : code;
    if (!NON_STATE.contains(prefix) && countries.country(prefix).isPresent()) {
      country = prefix;
      sector = code.length() >= 6 ? code.substring(3, 6) : null;
    } else {
      sector = prefix;
    }
    return new PhraseResolution(phrase, a.actorId(), a.name(), code, country, sector, r.why());
  }

  /** This line with another {@code why}. */
  public PhraseResolution withWhy(String why) {
    return new PhraseResolution(phrase, actorId, name, code, country, sector, why);
  }

  /** An unresolved phrase and why. */
  public static PhraseResolution unresolved(String phrase, String why) {
    return new PhraseResolution(phrase, null, null, null, null, null, why);
  }
}
