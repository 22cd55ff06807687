/**
 * Time expressions of an article, found and normalised against its publication date (TIMEX3 types
 * and values), for the {@code times} table and for event dates.
 *
 * <p>How, and why: by measurement on {@code timex_dev_tbaq.jsonl} (see {@code
 * benchmarks/timex.tsv}), SUTime, which the annotator already runs, finds the expressions well
 * (relaxed span F1 0.90) and normalises them badly for news (value F1 0.69): it sends a bare
 * weekday or month to the future ("Tuesday" in "met on Tuesday"), gives "six weeks ago" a day,
 * reads decades as sets, and tags ages ("6-year-old"), "once", "previously" and frequency
 * adjectives. So {@link dev.parley.timex.TimexNormaliser} keeps SUTime's spans and post-processes
 * them with Parley's own rules ({@code NewsRules}: tense of the clause, precision of the unit, the
 * last completed quarter of an earnings report, TIMEX3 decades and centuries), which raised value
 * F1 to 0.745 without losing recall. A finder of Parley's own was not written: the spans SUTime
 * misses are 5% of the gold and mostly vague ("the latest period", "year-earlier"). HeidelTime is
 * not used: its POS wrapper breaks against CoreNLP 4.5.10, and measured here, the rules on SUTime
 * are what the class path allows.
 *
 * <p>This package is not {@code dev.parley.time} (publication dates).
 */
package dev.parley.timex;
