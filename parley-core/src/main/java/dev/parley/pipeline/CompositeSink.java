package dev.parley.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several sinks as one: each result goes to every sink, in order. The first sink is the store of
 * record: what it refuses is refused; a later sink (an index, a Parquet file) that refuses a result
 * the first took has its refusal reported too, once per input. Add a sink here, not in the runner.
 */
public final class CompositeSink implements Sink {
  private final List<Sink> sinks;

  public CompositeSink(List<Sink> sinks) {
    if (sinks.isEmpty()) {
      throw new IllegalArgumentException("a composite sink needs at least one sink");
    }
    this.sinks = List.copyOf(sinks);
  }

  public static Sink of(Sink... sinks) {
    return sinks.length == 1 ? sinks[0] : new CompositeSink(List.of(sinks));
  }

  @Override
  public void accept(Result result) {
    for (Sink s : sinks) {
      s.accept(result);
    }
  }

  @Override
  public List<Refusal> flush() {
    Map<String, Refusal> byDoc = new LinkedHashMap<>();
    for (Sink s : sinks) {
      for (Refusal r : s.flush()) {
        byDoc.putIfAbsent(r.doc(), r);
      }
    }
    return new ArrayList<>(byDoc.values());
  }

  @Override
  public void close() {
    List<RuntimeException> failures = new ArrayList<>();
    for (Sink s : sinks) {
      try {
        s.close();
      } catch (RuntimeException e) {
        failures.add(e); // every sink is closed, whatever the others do
      }
    }
    if (!failures.isEmpty()) {
      failures.subList(1, failures.size()).forEach(failures.get(0)::addSuppressed);
      throw failures.get(0);
    }
  }
}
