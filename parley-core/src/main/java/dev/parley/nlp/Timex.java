package dev.parley.nlp;

/**
 * A normalised time expression.
 *
 * @param firstToken index of its first token in the sentence
 * @param lastToken index of its last token (inclusive)
 * @param begin code point offset in the article text
 * @param end code point offset after it
 * @param type TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value TIMEX3 value as normalised against the publication date ("2019-06-29", "2019-03",
 *     "PAST_REF", "XXXX-WXX-6" when it could not be anchored)
 * @param text the expression as written
 */
public record Timex(
    int firstToken, int lastToken, int begin, int end, String type, String value, String text) {}
