package dev.parley.pipeline;

import dev.parley.outcome.Outcome;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Outcome counters of a run, plus what was produced. Not thread-safe: the runner's thread owns it.
 */
public final class Counters {
  private final Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
  private long events;
  private long notCoded;
  private long warnings;

  void add(Outcome o) {
    outcomes.merge(o, 1L, Long::sum);
  }

  /** An article counted ingested that the store did not take after all. */
  void moveIngested(Outcome to, int events) {
    outcomes.merge(Outcome.INGESTED, -1L, Long::sum);
    outcomes.merge(to, 1L, Long::sum);
    this.events -= events;
  }

  void addEvents(int n) {
    events += n;
  }

  void addNotCoded() {
    notCoded++;
  }

  void addWarning() {
    warnings++;
  }

  /** Adds another run's counts to these (a watcher sums its polls). */
  public void addAll(Counters other) {
    other.outcomes.forEach((o, n) -> outcomes.merge(o, n, Long::sum));
    events += other.events;
    notCoded += other.notCoded;
    warnings += other.warnings;
  }

  public long get(Outcome o) {
    return outcomes.getOrDefault(o, 0L);
  }

  public long inputs() {
    return outcomes.values().stream().mapToLong(Long::longValue).sum();
  }

  public long events() {
    return events;
  }

  /** Articles stored but not coded (a language the coder does not read). */
  public long notCoded() {
    return notCoded;
  }

  public long warnings() {
    return warnings;
  }

  /** "12 inputs: 9 ingested, 1 duplicate, 1 empty, 0 skipped, 1 failed; 31 events". */
  public String summary() {
    StringJoiner j = new StringJoiner(", ");
    for (Outcome o : Outcome.values()) {
      j.add(get(o) + " " + o.word());
    }
    String s = String.format(Locale.ROOT, "%d inputs: %s; %d events", inputs(), j, events);
    if (notCoded > 0) {
      s += "; " + notCoded + " not coded (not English)";
    }
    if (warnings > 0) {
      s += "; " + warnings + " warnings";
    }
    return s;
  }
}
