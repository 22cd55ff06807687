package dev.parley.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;

/**
 * One table, defined once: its name, its columns (name, SQL type, and how each value comes from the
 * record a row holds), its primary key, and how a selected row is read back into the record. The
 * DDL, the appender rows and the select lists of the queries are all derived from it; a later
 * Parquet writer or a new table is one more definition.
 *
 * <p>The released migrations in {@link Schema#MIGRATIONS} are frozen text; {@code TablesIT} checks
 * that a store they build has exactly the columns the definitions declare, so a column added here
 * without a migration fails the build.
 *
 * @param <R> the record one row holds
 */
final class Table<R> {

  /** Reads the record of the current row, its columns selected under their own names. */
  @FunctionalInterface
  interface Reader<R> {
    R read(ResultSet rs) throws SQLException;
  }

  private final String name;
  private final List<Column<R, ?>> columns;
  private final List<String> primaryKey;
  private final Reader<R> reader;

  Table(String name, List<Column<R, ?>> columns, List<String> primaryKey, Reader<R> reader) {
    this.name = Objects.requireNonNull(name, "name");
    this.columns = List.copyOf(columns);
    this.primaryKey = List.copyOf(primaryKey);
    this.reader = Objects.requireNonNull(reader, "reader");
    for (String key : this.primaryKey) {
      if (this.columns.stream().noneMatch(c -> c.name().equals(key))) {
        throw new IllegalArgumentException(
            "table " + name + ": primary key column " + key + " is not a column");
      }
    }
  }

  String name() {
    return name;
  }

  List<Column<R, ?>> columns() {
    return columns;
  }

  List<String> primaryKey() {
    return primaryKey;
  }

  /** CREATE TABLE for this definition, for a migration that adds the table. */
  String ddl() {
    StringBuilder sql = new StringBuilder("CREATE TABLE ").append(name).append(" (\n  ");
    sql.append(columns.stream().map(Column::ddl).collect(Collectors.joining(",\n  ")));
    if (!primaryKey.isEmpty()) {
      sql.append(",\n  PRIMARY KEY (").append(String.join(", ", primaryKey)).append(')');
    }
    return sql.append(')').toString();
  }

  /**
   * The select list of every column, qualified by {@code alias} ({@code "e.event_id, e.date,
   * ..."}).
   */
  String select(String alias) {
    return columns.stream().map(c -> alias + "." + c.sqlName()).collect(Collectors.joining(", "));
  }

  /** Appends {@code row} as one row, every column in definition order. */
  void append(DuckDBAppender a, R row) throws SQLException {
    a.beginRow();
    for (Column<R, ?> c : columns) {
      c.append(a, row);
    }
    a.endRow();
  }

  /** The record of the current row of {@code rs}, selected with {@link #select}. */
  R read(ResultSet rs) throws SQLException {
    return reader.read(rs);
  }
}
