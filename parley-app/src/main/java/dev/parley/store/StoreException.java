package dev.parley.store;

/**
 * The store cannot do what was asked: it is missing, has another schema version, is held by another
 * process for too long, or DuckDB failed. The message is one line that names the data directory and
 * says what to do.
 */
public final class StoreException extends RuntimeException {
  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A stored value this Parley cannot read back. */
  static StoreException unreadable(Column<?, ?> column, String value) {
    return new StoreException(
        "unreadable value '" + value + "' in column " + column.name() + " of the Parley store");
  }
}
