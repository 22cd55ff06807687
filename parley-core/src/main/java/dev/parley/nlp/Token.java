package dev.parley.nlp;

/**
 * One token of a sentence.
 *
 * @param index position in its sentence, from 0
 * @param word the token as written
 * @param lemma its lemma
 * @param pos Penn Treebank part-of-speech tag
 * @param ner named-entity class (PERSON, LOCATION, ORGANIZATION, MISC, DATE, ... or "O")
 * @param begin code point offset of the first character in the article text
 * @param end code point offset after the last character
 */
public record Token(
    int index, String word, String lemma, String pos, String ner, int begin, int end) {}
