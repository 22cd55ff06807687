package dev.parley.nlp;

/**
 * One edge of a sentence's Universal Dependencies parse.
 *
 * @param relation the relation with its subtype ("nsubj", "obl:with", "nmod:poss", "root")
 * @param governor index of the head token in the sentence, or -1 for the root edge
 * @param dependent index of the dependent token
 */
public record Dependency(String relation, int governor, int dependent) {}
