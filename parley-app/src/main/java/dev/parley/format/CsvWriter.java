package dev.parley.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 CSV: a header line of the field names, CRLF line ends, a field quoted when it holds a
 * comma, a double quote, CR or LF (quotes doubled inside). Null is an empty field; numbers and
 * booleans are written as in JSONL; a list is written as its JSON array text.
 */
final class CsvWriter<T> implements RowWriter<T> {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final List<Field<T>> fields;
  private final Writer out;
  private boolean headerDone;

  CsvWriter(List<Field<T>> fields, Writer out) {
    this.fields = fields;
    this.out = out;
  }

  @Override
  public void write(T row) throws IOException {
    header();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      Field<T> f = fields.get(i);
      out.write(quote(text(f.value().apply(row), f.name())));
    }
    out.write("\r\n");
  }

  @Override
  public void finish() throws IOException {
    header();
    out.flush();
  }

  private void header() throws IOException {
    if (headerDone) {
      return;
    }
    headerDone = true;
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quote(fields.get(i).name()));
    }
    out.write("\r\n");
  }

  static String text(Object v, String name) throws IOException {
    if (v == null) {
      return "";
    }
    if (v instanceof String s) {
      return s;
    }
    StringWriter json = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(json)) {
      JsonlWriter.value(g, v, name);
    }
    return json.toString();
  }

  static String quote(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        return '"' + s.replace("\"", "\"\"") + '"';
      }
    }
    return s;
  }
}
