/**
 * Who said what: direct quotes, quotes with a quoted part, and reported speech, each with its cue,
 * its speaker as a mention and an actor, and its addressee. {@link dev.parley.quotes.QuoteFinder}
 * takes a {@link dev.parley.actors.ResolvedArticle} and returns {@link dev.parley.quotes.Quote}
 * records, the rows of the {@code quotes} table. Figures: {@code benchmarks/quotes.tsv}.
 */
package dev.parley.quotes;
