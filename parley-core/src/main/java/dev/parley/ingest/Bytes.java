package dev.parley.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** Bounded reads: input from outside is never read whole before its size is known to be sane. */
final class Bytes {
  private Bytes() {}

  /**
   * Reads {@code in} to its end, or stops as soon as it holds more than {@code cap} bytes.
   *
   * @return the bytes, or null when there were more than {@code cap}
   */
  static byte[] readAtMost(InputStream in, long cap) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buf)) != -1) {
      total += n;
      if (total > cap) {
        return null;
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  /** "5.0 MB". */
  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
  }
}
