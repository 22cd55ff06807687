/**
 * The flow: {@link dev.parley.pipeline.Stage} (one typed record in, one out, with the knowledge it
 * reads), {@link dev.parley.pipeline.Pipeline} (stages checked when built, the version computed
 * from their knowledge, and {@link dev.parley.pipeline.Pipeline#process} the one function for one
 * input), the adapters of the four stages of today, {@link dev.parley.pipeline.Sink} and {@link
 * dev.parley.pipeline.CompositeSink}, and {@link dev.parley.pipeline.LocalRunner}, the only class
 * that knows about threads and batches. May use every stage package; no stage package uses it.
 */
package dev.parley.pipeline;
