/**
 * CoreNLP behind Parley's records: building the pipeline and parser, and converting CoreNLP's
 * annotations (UTF-16 offsets, 1-based indices) into {@link dev.parley.nlp.Sentence} records.
 *
 * <p>Internal: callers must not use this package. It may change at any time; use {@link
 * dev.parley.nlp.Annotator} and {@link dev.parley.nlp.CoreNlpAnnotator}. CoreNLP types appear in
 * public signatures only here.
 */
package dev.parley.nlp.internal;
