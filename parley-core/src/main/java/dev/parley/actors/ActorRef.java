package dev.parley.actors;

/**
 * The actor an argument of an event resolved to.
 *
 * @param code CAMEO actor code ("USAGOV", "PRK", "IGOUNO")
 * @param name display name ("Donald Trump", "South Korea (government)")
 * @param actorId stable id of the underlying entity ("person:donald-trump", "country:KOR")
 * @param how how it was resolved (person, country, country+agent, capital, organisation, pronoun,
 *     dateline+agent, fuzzy-name), for the event's rule and confidence
 * @param confidence 0 to 1
 */
public record ActorRef(String code, String name, String actorId, String how, double confidence) {}
