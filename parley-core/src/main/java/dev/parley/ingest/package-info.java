/**
 * Read: the sources of inputs ({@link dev.parley.ingest.Sources}: files, folders, JSONL, HTML,
 * WARC) and the record every input becomes, {@link dev.parley.ingest.RawDocument} (decoded text,
 * content type, hints, warnings), or a {@link dev.parley.ingest.SourceItem.Rejected} input with its
 * outcome. Bytes are decoded here ({@link dev.parley.ingest.TextDecoder}: UTF-8, else Windows-1252
 * with a warning). May use {@code outcome}, {@code time}, {@code text} and {@code extract} (the
 * HTML charset decoder); nothing of the later stages.
 */
package dev.parley.ingest;
