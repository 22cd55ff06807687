/**
 * Stage 2, annotate: {@link dev.parley.nlp.Annotator} turns a cleaned article into {@link
 * dev.parley.nlp.Sentence}s of {@link dev.parley.nlp.Token}s with lemmas, POS and NER tags, SUTime
 * {@link dev.parley.nlp.Timex}es and a Universal Dependencies parse. {@link
 * dev.parley.nlp.CoreNlpAnnotator} does it with Stanford CoreNLP 4.5.10; no CoreNLP type leaves
 * this package except through {@code dev.parley.nlp.internal}, which callers must not use.
 *
 * <p>Choices made for speed ({@link dev.parley.nlp.NlpConfig#fast()}), each measured by {@code
 * AnnotatorBenchmark} in the tests:
 *
 * <ul>
 *   <li>NER runs one CRF model (all.3class) without CoreNLP's fine-grained classes: the
 *       fine-grained gazetteers cost more than the rest of the annotator together, and Parley's
 *       actor dictionary knows countries, capitals and titles itself.
 *   <li>SUTime, the dearest part of NER, runs only on sentences with a digit or a time word ({@code
 *       internal.TimeWords}); on 256 TimeBank/AQUAINT documents this gave the same time expressions
 *       as running it everywhere.
 *   <li>The caller may choose which sentences to parse ({@link
 *       dev.parley.nlp.CoreNlpAnnotator#annotate(dev.parley.clean.Article,
 *       java.util.function.Predicate)}); sentences over {@link
 *       dev.parley.nlp.NlpConfig#parseMaxTokens()} tokens are not parsed. Both are counted.
 *   <li>Dependencies are the basic UD tree labelled as in the enhanced graph ({@code obl:with},
 *       {@code obl:agent}, {@code conj:and}): one head per token, no cycles, and the preposition in
 *       the relation name; the enhanced graph's extra edges are left out.
 *   <li>Relative dates are anchored on the publication date only when it is known to the day, never
 *       on today's date.
 * </ul>
 */
package dev.parley.nlp;
