/**
 * The closed set of outcomes every input ends in ({@link dev.parley.outcome.Outcome}): read by the
 * sources (an input rejected before the pipeline), the pipeline (empty, duplicate, failed), the
 * sinks (a refused article) and the command line (the counters). Uses nothing else of Parley.
 */
package dev.parley.outcome;
