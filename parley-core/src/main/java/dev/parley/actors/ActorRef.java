package dev.parley.actors;

/**
 * The actor an argument of an event resolved to.
 *
 * @param code CAMEO actor code ("USAGOV", "PRK", "IGOUNO")
 * @param name display name ("Donald Trump", "South Korea (government)")
 * @param actorId stable id of the underlying entity ("person:donald-trump", "country:KOR")
 * @param how how it was resolved, for the event's rule and confidence
 * @param confidence 0 to 1
 */
public record ActorRef(String code, String name, String actorId, How how, double confidence) {

  /** How an argument was resolved to its actor. */
  public enum How {
    /** A person named in the dictionary, by their role on the date. */
    PERSON("person"),
    /** A surname or honorific ("Mr. Kim") standing for the person last named in full. */
    SURNAME("surname"),
    /** A near-miss of a dictionary person's name ("Stephen Begun" for Stephen Biegun). */
    FUZZY("fuzzy"),
    /** A named organisation. */
    ORGANISATION("organisation"),
    /** A country, its name or demonym. */
    COUNTRY("country"),
    /** A country with an agent word ("North Korean military"). */
    COUNTRY_AGENT("country+agent"),
    /** A capital or seat standing for its government ("Seoul said"). */
    CAPITAL("capital"),
    /** A pronoun pointing back to an actor named before. */
    PRONOUN("pronoun"),
    /**
     * A description pointing back to an actor named before ("the envoy", "his counterpart", "the
     * kingdom", "the two leaders").
     */
    REFERENCE("reference"),
    /** A domestic agent word under the article's dateline ("police" under HONG KONG). */
    DATELINE_AGENT("dateline+agent"),
    /** A domestic agent word in an article about one country ("the army" in a story on Myanmar). */
    ARTICLE_COUNTRY_AGENT("article-country+agent"),
    /**
     * A domestic agent word in a sentence that names one country, as an actor or a place ("police
     * fired on protesters in Baghdad"), when the article has no country of its own.
     */
    SENTENCE_COUNTRY_AGENT("sentence-country+agent"),
    /**
     * An agent word whose country the event supplies: the other side of a domestic pair ("police
     * detained Russian protesters") or the one country its sentence names.
     */
    EVENT_COUNTRY_AGENT("event-country+agent"),
    /** An agent word with no country anywhere: the sector alone ("police" is COP). */
    AGENT("agent"),
    /** A person or organisation no dictionary knows, kept with its name and no code. */
    ENTITY("entity");

    private final String word;

    How(String word) {
      this.word = word;
    }

    /** The word as printed ("country+agent"). */
    public String word() {
      return word;
    }
  }
}
