package dev.parley.store;

import dev.parley.events.CodedArticle;
import dev.parley.ingest.RawDocument;

/**
 * Everything stored for one article, written in one transaction: the raw input (kept so that
 * {@code parley recode} can re-derive the rest), the coded article, and the pipeline version that
 * produced it.
 */
public record StoredArticle(RawDocument raw, CodedArticle coded, String pipelineVersion) {}
