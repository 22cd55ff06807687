package dev.parley.store;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a store holds, for summaries.
 *
 * @param articles stored articles
 * @param mentions actor mentions, resolved or not
 * @param events coded events
 * @param actors distinct resolved actors (an actor id, or the code alone for a mention resolved to
 *     a code without an actor, such as a bare "GOV")
 * @param actorsByCode for each CAMEO actor code, the distinct actors mentioned with it; iterates in
 *     code order
 */
public record Counts(
    long articles, long mentions, long events, long actors, Map<String, Long> actorsByCode) {
  public Counts {
    actorsByCode = Collections.unmodifiableMap(new TreeMap<>(actorsByCode));
  }
}
