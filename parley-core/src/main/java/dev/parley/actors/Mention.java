package dev.parley.actors;

/**
 * A span of the article that names or points to an actor.
 *
 * @param sentence index of its sentence
 * @param firstToken first token index in the sentence
 * @param lastToken last token index (inclusive)
 * @param begin code point offset in the article text
 * @param end code point offset after it
 * @param text the span as written
 * @param kind what matched: a dictionary form, or {@link Kind#NER} (an entity the tagger found that
 *     no dictionary entry resolved)
 * @param nerType the tagger's class for the span (PERSON, LOCATION, ...) or "O"
 * @param actorId stable id of the resolved actor ("person:donald-trump", "country:USA"), or null
 * @param actorName display name of the resolved actor, or null
 * @param code CAMEO actor code on the article's date ("USAGOV", "KOR", "GOV" for a bare agent
 *     word), or null when unresolved
 */
public record Mention(
    int sentence,
    int firstToken,
    int lastToken,
    int begin,
    int end,
    String text,
    Kind kind,
    String nerType,
    String actorId,
    String actorName,
    String code) {

  public boolean resolved() {
    return code != null;
  }

  /** What a mention matched. Stored by name in the {@code mentions} table. */
  public enum Kind {
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
    /**
     * A place inside a country ("Mumbai", "Indiana", "Darfur"), resolved to that country's code: it
     * gives agents and events their country, and is an actor only where it stands for its country.
     */
    PLACE,
    /** A common agent word ("foreign ministry"); matched ignoring case. */
    AGENT,
    /** An entity the tagger found that no dictionary entry resolved. */
    NER
  }
}
