package dev.parley.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** One JSON object a line, keys in field order, UTF-8 text unescaped, nulls written as null. */
final class JsonlWriter<T> implements RowWriter<T> {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private final List<Field<T>> fields;
  private final Writer out;
  private final JsonGenerator json;

  JsonlWriter(List<Field<T>> fields, Writer out) throws IOException {
    this.fields = fields;
    this.out = out;
    this.json = FACTORY.createGenerator(out);
    json.setRootValueSeparator(null);
  }

  @Override
  public void write(T row) throws IOException {
    json.writeStartObject();
    for (Field<T> f : fields) {
      json.writeFieldName(f.name());
      value(json, f.value().apply(row), f.name());
    }
    json.writeEndObject();
    json.flush();
    out.write('\n');
  }

  /** Writes one field value; also used to render lists in CSV cells. */
  static void value(JsonGenerator json, Object v, String name) throws IOException {
    if (v == null) {
      json.writeNull();
    } else if (v instanceof String s) {
      json.writeString(s);
    } else if (v instanceof Integer i) {
      json.writeNumber(i);
    } else if (v instanceof Double d) {
      json.writeNumber(d);
    } else if (v instanceof Boolean b) {
      json.writeBoolean(b);
    } else if (v instanceof List<?> list) {
      json.writeStartArray();
      for (Object item : list) {
        value(json, item, name);
      }
      json.writeEndArray();
    } else {
      throw new IllegalStateException(
          "field " + name + " has a value of unsupported type " + v.getClass());
    }
  }

  @Override
  public void finish() throws IOException {
    json.flush();
    out.flush();
  }
}
