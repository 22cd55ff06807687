package dev.parley.ingest;

import dev.parley.extract.HtmlDecoder;
import dev.parley.outcome.Outcome;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Turns one WARC {@code response} record into an input for {@link WarcSource}: an HTML page with
 * status 200 becomes a {@link RawDocument} (decoded by {@link HtmlDecoder} with the charset of the
 * HTTP header); anything else is skipped with the reason.
 */
final class WarcPages {
  private WarcPages() {}

  /**
   * The item for one response record: a page, or a skipped or empty input with its reason.
   *
   * @throws IOException when the record is broken (no target URI, a malformed HTTP header, a body
   *     that cannot be read)
   */
  static SourceItem item(WarcResponse response, long maxPayloadBytes) throws IOException {
    String uri = response.target();
    if (uri == null || uri.isBlank()) {
      throw new IOException("response record without a WARC-Target-URI");
    }
    String recordType = baseType(response.headers().first("Content-Type").orElse(null));
    if (recordType != null && !recordType.equals("application/http")) {
      return new SourceItem.Rejected(uri, Outcome.SKIPPED, "not an HTTP response: " + recordType);
    }
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException | RuntimeException e) {
      throw new IOException("malformed HTTP response header (" + WarcSource.describe(e) + ")", e);
    }
    if (http.status() != 200) {
      return new SourceItem.Rejected(uri, Outcome.SKIPPED, "HTTP status " + http.status());
    }
    String contentType = http.headers().first("Content-Type").orElse(null);
    String type = baseType(contentType);
    if (type == null) {
      type =
          response
              .identifiedPayloadType()
              .map(t -> t.base().toString().toLowerCase(Locale.ROOT))
              .orElse(null);
    }
    if (type == null) {
      return new SourceItem.Rejected(uri, Outcome.SKIPPED, "no content type");
    }
    if (!type.equals("text/html") && !type.equals("application/xhtml+xml")) {
      return new SourceItem.Rejected(uri, Outcome.SKIPPED, "not HTML: " + type);
    }
    byte[] bytes = Bytes.readAtMost(http.bodyDecoded().stream(), maxPayloadBytes);
    if (bytes == null) {
      return new SourceItem.Rejected(
          uri,
          Outcome.SKIPPED,
          WarcSource.OVER_CAP + " (" + Bytes.megabytes(maxPayloadBytes) + ")");
    }
    HtmlDecoder.Decoded decoded = HtmlDecoder.decode(bytes, contentType);
    if (decoded.text().isBlank()) {
      return new SourceItem.Rejected(uri, Outcome.EMPTY, "empty page");
    }
    List<String> warnings = new ArrayList<>(decoded.warnings());
    response
        .headers()
        .first("WARC-Truncated")
        .ifPresent(
            reason -> warnings.add("the crawler cut this page (WARC-Truncated: " + reason + ")"));
    return new SourceItem.Document(
        new RawDocument(
            uri,
            RawDocument.ContentType.HTML,
            decoded.text(),
            new Hints(null, null, null, uri),
            warnings));
  }

  /** "text/html" from "text/html; charset=utf-8"; null when absent or unreadable. */
  private static String baseType(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return null;
    }
    MediaType t = MediaType.parseLeniently(contentType);
    if (!t.isValid()) {
      String head = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
      return head.contains("/") ? head : null;
    }
    return t.base().toString().toLowerCase(Locale.ROOT);
  }
}
