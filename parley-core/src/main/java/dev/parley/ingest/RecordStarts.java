package dev.parley.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPInputStream;

/**
 * Finds where WARC records may start in a file, so that reading can resume after a broken record.
 * In a gzipped WARC every record is its own gzip member (as Common Crawl writes them); in a plain
 * WARC a record starts with a {@code WARC/1.x} line.
 */
final class RecordStarts implements AutoCloseable {
  private static final byte[] WARC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
  private static final int CHUNK = 64 * 1024;
  private static final int PROBE = 4096;

  private final FileChannel channel;
  private final boolean gzip;

  RecordStarts(Path file, boolean gzip) throws IOException {
    this.channel = FileChannel.open(file, StandardOpenOption.READ);
    this.gzip = gzip;
  }

  /** Whether a file starts with the gzip magic bytes. */
  static boolean isGzip(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer b = ByteBuffer.allocate(2);
      while (b.hasRemaining() && ch.read(b) != -1) {
        // fill
      }
      return b.position() == 2 && (b.get(0) & 0xFF) == 0x1F && (b.get(1) & 0xFF) == 0x8B;
    }
  }

  /**
   * The first offset at or after {@code from} that looks like a record start, or -1.
   *
   * @param verified when true, the candidate must also read as the start of a WARC header (a gzip
   *     member whose first bytes inflate to {@code WARC/1.}); when false, the signature alone (gzip
   *     magic, or a {@code WARC/1.x} line) is enough: used to name where a break is
   */
  long next(long from, boolean verified) throws IOException {
    long size = channel.size();
    int overlap = WARC.length + 3;
    long pos = Math.max(0, from);
    ByteBuffer buf = ByteBuffer.allocate(CHUNK + overlap);
    while (pos < size) {
      buf.clear();
      int n = readAt(buf, pos);
      if (n <= 0) {
        return -1;
      }
      byte[] b = buf.array();
      int limit = pos + n >= size ? n : n - overlap;
      for (int i = 0; i < limit; i++) {
        long at = pos + i;
        if (looksLikeStart(b, i, n, at) && (!verified || verify(at))) {
          return at;
        }
      }
      pos += Math.max(1, limit);
    }
    return -1;
  }

  private boolean looksLikeStart(byte[] b, int i, int n, long at) throws IOException {
    if (gzip) {
      return i + 3 < n
          && (b[i] & 0xFF) == 0x1F
          && (b[i + 1] & 0xFF) == 0x8B
          && b[i + 2] == 8
          && (b[i + 3] & 0xE0) == 0;
    }
    if (i + WARC.length + 2 > n) {
      return false;
    }
    for (int k = 0; k < WARC.length; k++) {
      if (b[i + k] != WARC[k]) {
        return false;
      }
    }
    byte digit = b[i + WARC.length];
    byte after = b[i + WARC.length + 1];
    if (digit < '0' || digit > '9' || (after != '\r' && after != '\n')) {
      return false;
    }
    return at == 0 || (i > 0 ? b[i - 1] == '\n' : byteAt(at - 1) == '\n');
  }

  /** Whether the bytes at {@code at} open a WARC header (inflated first, in a gzipped file). */
  private boolean verify(long at) throws IOException {
    if (!gzip) {
      return true; // the signature checked the whole version line
    }
    ByteBuffer probe = ByteBuffer.allocate(PROBE);
    int n = readAt(probe, at);
    try (InputStream in =
        new GZIPInputStream(new ByteArrayInputStream(probe.array(), 0, Math.max(n, 0)))) {
      byte[] head = in.readNBytes(WARC.length);
      return java.util.Arrays.equals(head, WARC);
    } catch (IOException e) {
      return false; // not a gzip member that opens a record: keep looking
    }
  }

  private byte byteAt(long at) throws IOException {
    ByteBuffer one = ByteBuffer.allocate(1);
    return readAt(one, at) == 1 ? one.get(0) : 0;
  }

  private int readAt(ByteBuffer buf, long at) throws IOException {
    int total = 0;
    while (buf.hasRemaining()) {
      int n = channel.read(buf, at + total);
      if (n == -1) {
        break;
      }
      total += n;
    }
    return total;
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
