package dev.parley.store;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Appends rows to tables through DuckDB appenders, one per table for a whole batch, made at the
 * first row of each table. The caller holds the transaction: the appenders join it and are flushed
 * by {@link #close}.
 */
final class Appenders implements AutoCloseable {
  private final DuckDBConnection connection;
  private final Map<Table<?>, DuckDBAppender> open = new LinkedHashMap<>();

  Appenders(DuckDBConnection connection) {
    this.connection = connection;
  }

  /** Appends one row to {@code table}. */
  <R> void append(Table<R> table, R row) throws SQLException {
    DuckDBAppender a = open.get(table);
    if (a == null) {
      a = connection.createAppender(table.name());
      open.put(table, a);
    }
    table.append(a, row);
  }

  /** Appends every row of {@code rows} to {@code table}. */
  <R> void appendAll(Table<R> table, List<R> rows) throws SQLException {
    for (R row : rows) {
      append(table, row);
    }
  }

  /**
   * Flushes every appender into the open transaction, then closes them; the first failure is
   * thrown. The explicit flush matters: DuckDB's JDBC {@code DuckDBAppender.close()} (1.5.6) drops
   * a chunk that violates a constraint without reporting it, while {@code flush()} throws.
   */
  @Override
  public void close() throws SQLException {
    SQLException first = null;
    for (DuckDBAppender a : open.values()) {
      try {
        if (first == null) {
          a.flush();
        }
      } catch (SQLException e) {
        first = e;
      }
      try {
        a.close();
      } catch (SQLException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    open.clear();
    if (first != null) {
      throw first;
    }
  }
}
