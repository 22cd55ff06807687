/**
 * Small text helpers shared by the stages: code-point offsets ({@link dev.parley.text.CodePoints}),
 * the TSV reader of the knowledge files ({@link dev.parley.text.TsvReader}) and its error, word
 * lists written as one string ({@link dev.parley.text.Words}). Uses nothing else of Parley.
 */
package dev.parley.text;
