package dev.parley.feeds;

/**
 * A feed that cannot be read: not XML, not RSS or Atom, or refused as hostile. One-line message.
 */
public final class FeedException extends Exception {
  private static final long serialVersionUID = 1L;

  public FeedException(String message) {
    super(message);
  }

  public FeedException(String message, Throwable cause) {
    super(message, cause);
  }
}
