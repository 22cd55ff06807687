/**
 * Reading and normalising dates, in one place: {@link dev.parley.time.PartialDate} (a date known to
 * a day, a month or a year), {@link dev.parley.time.PartialDateTime} (such a date with the time and
 * offset when given: the type of {@code Article.published}), {@link dev.parley.time.Zones} (the one
 * table of time-zone names), {@link dev.parley.time.Months} (the one table of month names), {@link
 * dev.parley.time.DateFinder} (dates in byline and date lines of plain text, with times and zones),
 * {@link dev.parley.time.PageDates} (the stamps, URLs and prose dates of web pages, with a 1990
 * floor) and {@link dev.parley.time.FeedDates} (RFC 822 and RFC 3339 feed dates). Uses nothing else
 * of Parley; the clean, extract, ingest and feeds packages use it.
 */
package dev.parley.time;
