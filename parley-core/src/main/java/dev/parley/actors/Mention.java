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
 * @param kind what matched: COUNTRY, CAPITAL, SEAT, DEMONYM, ORGANISATION, PERSON, AGENT, or NER
 *     (an entity the tagger found that no dictionary entry resolved)
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
    String kind,
    String nerType,
    String actorId,
    String actorName,
    String code) {

  public boolean resolved() {
    return code != null;
  }
}
