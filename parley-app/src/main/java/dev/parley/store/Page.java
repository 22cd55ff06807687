package dev.parley.store;

/**
 * Which slice of an ordered query to return, for callers that page through a large store (the later
 * HTTP API): skip {@code offset} rows, then return at most {@code limit}.
 *
 * @param offset rows to skip, at least 0
 * @param limit rows to return at the most, at least 1
 */
public record Page(long offset, int limit) {

  /** Every row. */
  public static final Page ALL = new Page(0, Integer.MAX_VALUE);

  public Page {
    if (offset < 0) {
      throw new IllegalArgumentException("page offset must be at least 0: " + offset);
    }
    if (limit < 1) {
      throw new IllegalArgumentException("page limit must be at least 1: " + limit);
    }
  }

  /** The first {@code limit} rows. */
  public static Page first(int limit) {
    return new Page(0, limit);
  }

  /** The page after this one. */
  public Page next() {
    return new Page(offset + limit, limit);
  }

  /** The SQL that ends a query to return this page ("" for every row). */
  String sql() {
    return equals(ALL) ? "" : " LIMIT " + limit + " OFFSET " + offset;
  }
}
