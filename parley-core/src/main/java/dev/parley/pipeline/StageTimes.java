package dev.parley.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Wall time spent in each stage of a pipeline, summed over every call of {@link Pipeline#process}
 * on every thread: two {@link System#nanoTime()} reads and one {@link LongAdder} add per stage and
 * input, cheap enough to stay on in production. A benchmark takes a {@link #snapshot()} before and
 * after a run and reads each stage's share of the difference.
 *
 * <p>What is timed is the stage's {@code apply} alone: reading inputs and writing to a sink happen
 * in the runner, outside every stage. Thread-safe.
 */
public final class StageTimes {
  private final List<String> names;
  private final LongAdder[] nanos;
  private final LongAdder[] calls;

  StageTimes(List<String> names) {
    this.names = List.copyOf(names);
    this.nanos = new LongAdder[names.size()];
    this.calls = new LongAdder[names.size()];
    for (int i = 0; i < names.size(); i++) {
      nanos[i] = new LongAdder();
      calls[i] = new LongAdder();
    }
  }

  /** Adds one call of stage {@code index} that took {@code elapsed} nanoseconds. */
  void add(int index, long elapsed) {
    nanos[index].add(elapsed);
    calls[index].increment();
  }

  /** The totals so far, by stage name in pipeline order. */
  public Snapshot snapshot() {
    Map<String, Long> n = new LinkedHashMap<>();
    Map<String, Long> c = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      // a custom pipeline may repeat a name: its stages count together
      n.merge(names.get(i), nanos[i].sum(), Long::sum);
      c.merge(names.get(i), calls[i].sum(), Long::sum);
    }
    return new Snapshot(n, c);
  }

  /**
   * Totals of each stage at one moment.
   *
   * @param nanos wall nanoseconds spent in each stage, by name in pipeline order
   * @param calls how many inputs each stage was applied to
   */
  public record Snapshot(Map<String, Long> nanos, Map<String, Long> calls) {
    public Snapshot {
      nanos = Collections.unmodifiableMap(new LinkedHashMap<>(nanos));
      calls = Collections.unmodifiableMap(new LinkedHashMap<>(calls));
    }

    /** What was added since {@code earlier}, a snapshot of the same pipeline. */
    public Snapshot minus(Snapshot earlier) {
      Map<String, Long> n = new LinkedHashMap<>();
      Map<String, Long> c = new LinkedHashMap<>();
      for (String stage : nanos.keySet()) {
        n.put(stage, nanos.get(stage) - earlier.nanos.getOrDefault(stage, 0L));
        c.put(stage, calls.get(stage) - earlier.calls.getOrDefault(stage, 0L));
      }
      return new Snapshot(n, c);
    }

    /** The stage names in pipeline order. */
    public List<String> stages() {
      return new ArrayList<>(nanos.keySet());
    }

    /** Nanoseconds in all stages together. */
    public long total() {
      return nanos.values().stream().mapToLong(Long::longValue).sum();
    }

    /** A stage's share of the time in all stages, 0 to 1 (0 when nothing was timed). */
    public double share(String stage) {
      long t = total();
      return t == 0 ? 0 : nanos.getOrDefault(stage, 0L) / (double) t;
    }
  }
}
