package dev.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The table definitions and the migrations agree: a store built by the migrations has exactly the
 * columns (name, type, nullability, order) and primary keys the definitions declare, and each
 * definition's own DDL builds the same table.
 */
class TablesIT {
  private static final StoreOptions QUIET =
      StoreOptions.defaults()
          .withNotices(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

  @TempDir Path dir;

  @Test
  void theMigrationsBuildExactlyTheDefinedTables() throws Exception {
    Store.open(dir, Store.Access.READ_WRITE, QUIET).close();
    try (Connection c =
        DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(Store.FILE_NAME))) {
      for (Table<?> t : Schema.TABLES) {
        assertEquals(declared(t), stored(c, t.name()), t.name());
      }
    }
  }

  @Test
  void eachDefinitionsDdlBuildsTheSameTableAsTheMigrations() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      for (Table<?> t : Schema.TABLES) {
        try (Statement s = c.createStatement()) {
          s.execute(t.ddl());
        }
        assertEquals(declared(t), stored(c, t.name()), t.name());
      }
    }
  }

  @Test
  void theMigrationsGiveEachTableItsDefinedPrimaryKey() throws Exception {
    Store.open(dir, Store.Access.READ_WRITE, QUIET).close();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(Store.FILE_NAME));
        PreparedStatement p =
            c.prepareStatement(
                "SELECT array_to_string(constraint_column_names, ',') FROM duckdb_constraints()"
                    + " WHERE table_name = ? AND constraint_type = 'PRIMARY KEY'")) {
      for (Table<?> t : Schema.TABLES) {
        assertTrue(!t.primaryKey().isEmpty(), t.name());
        p.setString(1, t.name());
        try (ResultSet rs = p.executeQuery()) {
          assertTrue(rs.next(), t.name());
          assertEquals(String.join(",", t.primaryKey()), rs.getString(1), t.name());
        }
      }
    }
  }

  private static List<String> declared(Table<?> t) {
    List<String> out = new ArrayList<>();
    for (Column<?, ?> col : t.columns()) {
      out.add(
          col.name()
              + " "
              + col.type().sql().replace(", ", ",")
              + (col.nullable() ? "" : " NOT NULL"));
    }
    return out;
  }

  private static List<String> stored(Connection c, String table) throws Exception {
    List<String> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT column_name, data_type, is_nullable FROM information_schema.columns"
                + " WHERE table_name = ? ORDER BY ordinal_position")) {
      p.setString(1, table);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          String type = rs.getString(2).replace(", ", ",");
          out.add(rs.getString(1) + " " + type + ("NO".equals(rs.getString(3)) ? " NOT NULL" : ""));
        }
      }
    }
    return out;
  }
}
