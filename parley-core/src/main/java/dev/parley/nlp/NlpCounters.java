package dev.parley.nlp;

/**
 * Running totals of one {@link CoreNlpAnnotator}, so that a run can report what the annotator did
 * and what it left out.
 *
 * @param articles articles annotated
 * @param sentences sentences found
 * @param tokens tokens found
 * @param parsed sentences dependency-parsed
 * @param notSelected sentences the caller's selection left unparsed
 * @param tooLongToParse sentences left unparsed because they exceed {@link
 *     NlpConfig#parseMaxTokens()}
 */
public record NlpCounters(
    long articles,
    long sentences,
    long tokens,
    long parsed,
    long notSelected,
    long tooLongToParse) {}
