/**
 * Stage 4, code: {@link dev.parley.events.EventCoder} reads CAMEO {@link dev.parley.events.Event}s
 * off the dependency parse with the verb-pattern {@link dev.parley.events.VerbLexicon} and the
 * {@link dev.parley.events.Codebook} (the data files under {@code dev/parley/events/}), with
 * modality, negation and date from around the verb. May use {@code actors} (its input), {@code
 * nlp}, {@code clean}, {@code time} and {@code text}.
 */
package dev.parley.events;
