package dev.parley.store;

/**
 * An actor in the store, as {@code parley actors} lists it: a CAMEO code and display name, with how
 * often it was mentioned and how many events it is the source or target of.
 *
 * @param code CAMEO actor code ("PRKGOV")
 * @param name display name ("Kim Jong-un", "South Korea (government)"), or null
 * @param actorId the dictionary id of its mentions ("person:kim-jong-un"), or null for actors that
 *     only events name (a country with an agent word)
 * @param mentions resolved mentions with this code and name
 * @param articles articles with such a mention
 * @param eventsAsSource events with this source code and name
 * @param eventsAsTarget events with this target code and name
 */
public record ActorRow(
    String code,
    String name,
    String actorId,
    int mentions,
    int articles,
    int eventsAsSource,
    int eventsAsTarget) {}
