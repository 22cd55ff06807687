/**
 * The benchmarks behind {@code parley bench}: speed (the full pipeline with 1 and 2 threads and the
 * second thread's speed-up), extraction and cleaner quality, and an end-to-end WARC run; and {@link
 * dev.parley.bench.Figures}, the checked-in expected figures under {@code benchmarks/}. May use the
 * pipeline, the store and the stage packages, never {@code cli}.
 */
package dev.parley.bench;
