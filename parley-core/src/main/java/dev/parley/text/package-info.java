/**
 * Small text helpers shared by the stages: code-point offsets ({@link dev.parley.text.CodePoints}),
 * the TSV reader of the knowledge files ({@link dev.parley.text.TsvReader}) and its error. Uses
 * nothing else of Parley.
 */
package dev.parley.text;
