package dev.parley.store;

/** What {@link Store#replaceDerived} did with a recoded article. */
public enum Recoded {
  /** Same article id: mentions and events replaced, article row rewritten, raw input kept. */
  UPDATED,
  /**
   * The new cleaning changed the body, so the article has a new id (a hash of the body): its rows
   * and raw input moved to the new id.
   */
  RENAMED,
  /**
   * The new cleaning makes it the same article as one already stored under another raw input: it
   * was removed with its raw input, as ingest would have skipped it as a duplicate.
   */
  DUPLICATE
}
