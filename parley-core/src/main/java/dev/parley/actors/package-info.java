/**
 * Stage 3, resolve: {@link dev.parley.actors.ActorResolver} finds actor {@link
 * dev.parley.actors.Mention}s in an annotated article and gives each its CAMEO actor code on the
 * article's date, from the {@link dev.parley.actors.ActorDictionary} (countries, agents, named
 * organisations, people with dated roles; the data files under {@code dev/parley/actors/}). The
 * {@code Gazetteer} is the one surface-form index. {@code Coreference} then links the phrases that
 * point back within the article ("Mr. Kim", "he", "the envoy", "the two leaders") to the mentions
 * they stand for: the {@link dev.parley.actors.Reference}s of the {@link
 * dev.parley.actors.ResolvedArticle}, which {@link dev.parley.actors.ActorContext} reads for the
 * event coder and the quotes stage alike. May use {@code nlp} (its input), {@code clean}, {@code
 * time} and {@code text}.
 */
package dev.parley.actors;
