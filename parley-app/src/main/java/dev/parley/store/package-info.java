/**
 * Parley's DuckDB store, {@code DATA/parley.duckdb}: {@code articles}, {@code raw_inputs} (the
 * input as read, so {@code parley recode} can re-derive everything), {@code mentions}, {@code
 * events}, and {@code meta} (schema version and the Parley that created the store).
 *
 * <p>Each table is defined once, in a {@link dev.parley.store.Table} ({@code ArticlesTable}, {@code
 * RawInputsTable}, {@code MentionsTable}, {@code EventsTable}): its columns, their SQL types and
 * the mapping from the record to a row and back. The appender rows, the queries' select lists and
 * the readers (by column name) come from it; a new table or a Parquet writer is one more
 * definition. {@code Checks} adds the checks a type cannot state (ranges, offsets in the text).
 *
 * <p>Offsets in {@code mentions} ({@code span_begin}, {@code span_end}) and {@code events} ({@code
 * evidence_start}, {@code evidence_end}) are Unicode code points into {@code articles.text}. An
 * event's {@code date} is text at its precision ({@code 2019-06}); {@code date_start} and {@code
 * date_end} are the first and last day it can mean, for range queries.
 *
 * <p>DuckDB lets one process hold the file for writing, or several for reading, never both: open a
 * {@link dev.parley.store.Store} for one batch or one query and close it; {@link
 * dev.parley.store.StoreWriter} does that for long writers. Opens wait for each other (see {@link
 * dev.parley.store.StoreOptions}).
 */
package dev.parley.store;
