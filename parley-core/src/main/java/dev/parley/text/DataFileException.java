package dev.parley.text;

/**
 * A knowledge file (codebook, actor dictionary, lexicon) that cannot be loaded. The message starts
 * with {@code file:line:} when a line is to blame, so that the user can open it there.
 */
public final class DataFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DataFileException(String message) {
    super(message);
  }

  public DataFileException(String message, Throwable cause) {
    super(message, cause);
  }

  /** An error on one line of a file: {@code "source:line: reason"}. */
  public static DataFileException at(String source, int line, String reason) {
    return new DataFileException(source + ":" + line + ": " + reason);
  }
}
