package dev.parley.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Struct;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBStruct;

/**
 * A column type: its SQL name, how a Java value of it is appended to a DuckDB appender, and how it
 * is read back from a result set by column label. Null is appended and read as SQL NULL.
 *
 * @param <T> the Java type of the values
 */
final class SqlType<T> {

  /** Appends a non-null value. */
  @FunctionalInterface
  interface Appending<T> {
    void append(DuckDBAppender appender, T value) throws SQLException;
  }

  /** Reads the value under a label; may return null for SQL NULL. */
  @FunctionalInterface
  interface Reading<T> {
    T read(ResultSet rs, String label) throws SQLException;
  }

  static final SqlType<String> VARCHAR =
      new SqlType<>("VARCHAR", DuckDBAppender::append, ResultSet::getString);
  static final SqlType<Integer> INTEGER =
      new SqlType<>("INTEGER", DuckDBAppender::append, orNull(ResultSet::getInt));
  static final SqlType<Double> DOUBLE =
      new SqlType<>("DOUBLE", DuckDBAppender::append, orNull(ResultSet::getDouble));
  static final SqlType<Boolean> BOOLEAN =
      new SqlType<>("BOOLEAN", DuckDBAppender::append, orNull(ResultSet::getBoolean));
  static final SqlType<LocalDate> DATE =
      new SqlType<>(
          "DATE", DuckDBAppender::append, (rs, label) -> rs.getObject(label, LocalDate.class));

  /** An instant, stored with offset UTC. */
  static final SqlType<Instant> TIMESTAMPTZ =
      new SqlType<>(
          "TIMESTAMP WITH TIME ZONE",
          (a, v) -> a.append(OffsetDateTime.ofInstant(v, ZoneOffset.UTC)),
          (rs, label) -> {
            OffsetDateTime v = rs.getObject(label, OffsetDateTime.class);
            return v == null ? null : v.toInstant();
          });

  static final SqlType<List<String>> VARCHAR_LIST =
      new SqlType<>(
          "VARCHAR[]", DuckDBAppender::append, (rs, label) -> strings(rs.getArray(label)));

  private final String sql;
  private final Appending<T> appending;
  private final Reading<T> reading;

  private SqlType(String sql, Appending<T> appending, Reading<T> reading) {
    this.sql = sql;
    this.appending = appending;
    this.reading = reading;
  }

  /**
   * A struct of named VARCHAR fields; its Java value is the list of field values in that order (any
   * of them null).
   */
  static SqlType<List<String>> structOfVarchars(String... fields) {
    List<String> names = List.of(fields);
    String sql =
        "STRUCT(" + String.join(", ", names.stream().map(f -> f + " VARCHAR").toList()) + ")";
    return new SqlType<>(
        sql,
        (a, values) -> {
          a.beginStruct();
          for (String v : values) {
            VARCHAR.append(a, v);
          }
          a.endStruct();
        },
        (rs, label) -> {
          Object o = rs.getObject(label);
          if (o == null) {
            return null;
          }
          Map<String, Object> map = o instanceof DuckDBStruct d ? d.getMap() : null;
          Object[] values = map == null ? ((Struct) o).getAttributes() : null;
          String[] out = new String[names.size()];
          for (int i = 0; i < out.length; i++) {
            Object v = map == null ? values[i] : map.get(names.get(i));
            out[i] = v == null ? null : v.toString();
          }
          return Arrays.asList(out);
        });
  }

  /** A primitive getter made to return null for SQL NULL. */
  private static <T> Reading<T> orNull(Reading<T> primitive) {
    return (rs, label) -> {
      T v = primitive.read(rs, label);
      return rs.wasNull() ? null : v;
    };
  }

  /** The SQL type as DDL writes it. */
  String sql() {
    return sql;
  }

  void append(DuckDBAppender a, T value) throws SQLException {
    if (value == null) {
      a.appendNull();
    } else {
      appending.append(a, value);
    }
  }

  T read(ResultSet rs, String label) throws SQLException {
    return reading.read(rs, label);
  }

  private static List<String> strings(Array array) throws SQLException {
    if (array == null) {
      return null;
    }
    Object[] values = (Object[]) array.getArray();
    List<String> list = new ArrayList<>(values.length);
    for (Object v : values) {
      list.add((String) v);
    }
    return list;
  }
}
