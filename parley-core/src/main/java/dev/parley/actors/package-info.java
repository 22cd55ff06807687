/**
 * Stage 3, resolve: {@link dev.parley.actors.ActorResolver} finds actor {@link
 * dev.parley.actors.Mention}s in an annotated article and gives each its CAMEO actor code on the
 * article's date, from the {@link dev.parley.actors.ActorDictionary} (countries, agents, named
 * organisations, people with dated roles; the data files under {@code dev/parley/actors/}). The
 * {@code Gazetteer} is the one surface-form index. May use {@code nlp} (its input), {@code clean},
 * {@code time} and {@code text}.
 */
package dev.parley.actors;
