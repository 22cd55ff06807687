package dev.parley.pipeline;

import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Which input owns each article id, so that the same text read twice is coded once and the first
 * sighting (in input order) is the one kept, whatever the thread count.
 *
 * <p>Workers clean in parallel, so a later input may reach an id before an earlier one. Each input
 * carries its sequence number; the lowest number wins. A worker that loses at once stops before the
 * dear NLP work; one that loses later (an earlier input arrived after it started) is turned into a
 * duplicate by the runner, which hands results on in input order and asks {@link #owns} again.
 * Thread-safe.
 */
public final class Claims {
  /** Sequence number of articles that were stored before this run: they win over every input. */
  private static final long STORED = -1;

  private final ConcurrentMap<String, Long> owners = new ConcurrentHashMap<>();
  private final AtomicLong sequence = new AtomicLong();
  private final boolean refuses;

  private Claims(boolean refuses) {
    this.refuses = refuses;
  }

  /** Claims over a store that already holds {@code storedIds}. */
  public static Claims over(Collection<String> storedIds) {
    Claims c = new Claims(true);
    storedIds.forEach(id -> c.owners.put(id, STORED));
    return c;
  }

  /** Claims that never refuse: every input is new (recode, which replaces what it reads). */
  public static Claims none() {
    return new Claims(false);
  }

  /** The next input's sequence number: increasing over every run that shares these claims. */
  long next() {
    return sequence.getAndIncrement();
  }

  /** Records that input {@code sequence} read article {@code articleId}; true if it owns it now. */
  boolean claim(String articleId, long sequence) {
    return !refuses || owners.merge(articleId, sequence, Math::min) == sequence;
  }

  /** Whether input {@code sequence} still owns {@code articleId}. */
  boolean owns(String articleId, long sequence) {
    if (!refuses) {
      return true;
    }
    Long owner = owners.get(articleId);
    return owner != null && owner == sequence;
  }
}
