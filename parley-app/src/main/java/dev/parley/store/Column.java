package dev.parley.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.duckdb.DuckDBAppender;

/**
 * One column of a {@link Table}: its name, its type, whether it may be NULL, and how its value is
 * taken from the table's record. Read back by name, never by position.
 *
 * @param <R> the record a row of the table holds
 * @param <T> the Java type of the column's values
 */
record Column<R, T>(String name, SqlType<T> type, boolean nullable, Function<R, T> value) {

  Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }

  /** A NOT NULL column. */
  static <R, T> Column<R, T> required(String name, SqlType<T> type, Function<R, T> value) {
    return new Column<>(name, type, false, value);
  }

  /** A column that may be NULL. */
  static <R, T> Column<R, T> optional(String name, SqlType<T> type, Function<R, T> value) {
    return new Column<>(name, type, true, value);
  }

  /** The name as SQL writes it: quoted, since a contract name may be a keyword ({@code end}). */
  String sqlName() {
    return '"' + name + '"';
  }

  /** This column as a line of CREATE TABLE. */
  String ddl() {
    return sqlName() + " " + type.sql() + (nullable ? "" : " NOT NULL");
  }

  void append(DuckDBAppender a, R row) throws SQLException {
    type.append(a, value.apply(row));
  }

  /**
   * This column's value in the current row of {@code rs} as a constant of {@code type}, named in
   * any case.
   */
  <E extends Enum<E>> E readEnum(ResultSet rs, Class<E> type) throws SQLException {
    Object stored = read(rs);
    try {
      return Enum.valueOf(type, String.valueOf(stored).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw StoreException.unreadable(this, String.valueOf(stored));
    }
  }

  /** This column's value in the current row of {@code rs}, selected under its own name. */
  T read(ResultSet rs) throws SQLException {
    return type.read(rs, name);
  }
}
