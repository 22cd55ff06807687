package dev.parley.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Builds small WARC files in tests with jwarc's writer, and records where each record starts. */
final class WarcFiles {
  static final Instant CRAWLED = Instant.parse("2024-03-05T06:07:08Z");
  static final Charset CP1252 = Charset.forName("windows-1252");

  private final List<WarcRecord> records = new ArrayList<>();

  static String page(String title, String body) {
    return "<!DOCTYPE html><html lang=\"en\"><head><title>"
        + title
        + "</title></head><body><article>"
        + "<h1>"
        + title
        + "</h1><p>"
        + body
        + "</p></article></body></html>";
  }

  WarcFiles warcinfo() {
    records.add(
        new Warcinfo.Builder()
            .filename("test.warc")
            .fields(Map.of("software", List.of("parley-test")))
            .date(CRAWLED)
            .build());
    return this;
  }

  WarcFiles request(String uri) throws IOException {
    HttpRequest http =
        new HttpRequest.Builder("GET", URI.create(uri).getRawPath())
            .addHeader("Host", URI.create(uri).getHost())
            .build();
    records.add(new WarcRequest.Builder(uri).date(CRAWLED).body(http).build());
    return this;
  }

  WarcFiles metadata(String uri) {
    records.add(
        new WarcMetadata.Builder()
            .targetURI(uri)
            .date(CRAWLED)
            .fields(Map.of("fetchTimeMs", List.of("12")))
            .build());
    return this;
  }

  WarcFiles response(String uri, int status, String contentType, byte[] payload)
      throws IOException {
    HttpResponse.Builder http =
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found");
    http =
        contentType == null
            ? http.body(null, payload)
            : http.body(MediaType.parse(contentType), payload);
    records.add(new WarcResponse.Builder(uri).date(CRAWLED).body(http.build()).build());
    return this;
  }

  WarcFiles html(String uri, String html) throws IOException {
    return response(uri, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes the records; returns the byte offset at which each one starts. */
  List<Long> write(Path file, boolean gzip) throws IOException {
    List<Long> offsets = new ArrayList<>();
    try (FileChannel ch =
            FileChannel.open(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        WarcWriter w = new WarcWriter(ch, gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
      for (WarcRecord r : records) {
        offsets.add(w.position());
        w.write(r);
      }
    }
    return offsets;
  }
}
