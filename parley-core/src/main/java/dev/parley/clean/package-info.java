/**
 * Stage 1, clean: {@link dev.parley.clean.Cleaner} turns a {@code RawDocument} into an {@link
 * dev.parley.clean.Article}: the body without boilerplate (every removed line kept), title, outlet,
 * byline, publication date, dateline and language. {@link dev.parley.clean.TextCleaner} reads plain
 * text, {@link dev.parley.clean.HtmlCleaner} web pages through {@code extract}. May use {@code
 * ingest} (its input), {@code extract}, {@code time} and {@code text}.
 */
package dev.parley.clean;
