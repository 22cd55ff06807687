package dev.parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

/**
 * The store's tables as an ordered list of {@link Migration}s, and the {@code meta} table that
 * records which of them a store has ({@code schema_version}) and which Parley created it.
 *
 * <p>Later issues add tables (quotes, stories) by appending a migration: a store made by an older
 * Parley is then upgraded with {@link Store#migrate}, never silently on open.
 */
final class Schema {

  /** The definitions of the store's tables as this Parley reads and writes them. */
  static final List<Table<?>> TABLES =
      List.of(
          ArticlesTable.TABLE,
          RawInputsTable.TABLE,
          MentionsTable.TABLE,
          EventsTable.TABLE,
          QuotesTable.TABLE,
          TimesTable.TABLE,
          EvidenceTable.TABLE);

  /**
   * The steps that build the store's tables. Append new steps; never edit a released one. A new
   * table's step is its definition's {@link Table#ddl()}; a new column of a released table is an
   * {@code ALTER TABLE} step and a column in the definition. Step 1 is kept as it was released.
   * {@code TablesIT} checks that the steps build exactly the tables of {@link #TABLES}.
   */
  static final List<Migration> MIGRATIONS =
      List.of(
          new Migration(
              1,
              "articles, raw inputs, mentions, events",
              List.of(
                  """
                  CREATE TABLE articles (
                    article_id VARCHAR PRIMARY KEY,
                    doc VARCHAR NOT NULL,
                    title VARCHAR,
                    outlet VARCHAR,
                    byline VARCHAR,
                    published VARCHAR,
                    dateline VARCHAR,
                    language VARCHAR,
                    url VARCHAR,
                    text VARCHAR NOT NULL,
                    removed VARCHAR[] NOT NULL,
                    pipeline_version VARCHAR NOT NULL,
                    ingested_at TIMESTAMPTZ NOT NULL)""",
                  """
                  CREATE TABLE raw_inputs (
                    article_id VARCHAR PRIMARY KEY,
                    doc VARCHAR NOT NULL,
                    content_type VARCHAR NOT NULL,
                    content VARCHAR NOT NULL,
                    hints STRUCT(title VARCHAR, published VARCHAR, outlet VARCHAR, url VARCHAR) NOT NULL,
                    warnings VARCHAR[] NOT NULL)""",
                  """
                  CREATE TABLE mentions (
                    article_id VARCHAR NOT NULL,
                    mention_index INTEGER NOT NULL,
                    sentence INTEGER NOT NULL,
                    first_token INTEGER NOT NULL,
                    last_token INTEGER NOT NULL,
                    span_begin INTEGER NOT NULL,
                    span_end INTEGER NOT NULL,
                    text VARCHAR NOT NULL,
                    kind VARCHAR NOT NULL,
                    ner_type VARCHAR,
                    actor_id VARCHAR,
                    actor_name VARCHAR,
                    code VARCHAR,
                    PRIMARY KEY (article_id, mention_index))""",
                  """
                  CREATE TABLE events (
                    event_id VARCHAR PRIMARY KEY,
                    article_id VARCHAR NOT NULL,
                    date VARCHAR,
                    date_precision VARCHAR,
                    date_start DATE,
                    date_end DATE,
                    source VARCHAR NOT NULL,
                    source_name VARCHAR,
                    target VARCHAR,
                    target_name VARCHAR,
                    code VARCHAR NOT NULL,
                    root VARCHAR NOT NULL,
                    quad_class INTEGER NOT NULL,
                    goldstein DOUBLE NOT NULL,
                    plover VARCHAR,
                    modality VARCHAR NOT NULL,
                    negated BOOLEAN NOT NULL,
                    sentence_index INTEGER NOT NULL,
                    evidence_start INTEGER NOT NULL,
                    evidence_end INTEGER NOT NULL,
                    sentence VARCHAR NOT NULL,
                    rule VARCHAR NOT NULL,
                    confidence DOUBLE NOT NULL)""")),
          new Migration(
              2,
              "quotes, times (issue 10)",
              List.of(QuotesTable.TABLE.ddl(), TimesTable.TABLE.ddl())),
          new Migration(
              3,
              "event location, and every evidence sentence of an event an article restates (issue 8)",
              List.of(
                  "ALTER TABLE events ADD COLUMN place VARCHAR",
                  "ALTER TABLE events ADD COLUMN place_country VARCHAR",
                  "ALTER TABLE events ADD COLUMN place_start INTEGER",
                  "ALTER TABLE events ADD COLUMN place_end INTEGER",
                  // DuckDB adds no column with a constraint: the default fills the stored rows
                  // first
                  "ALTER TABLE events ADD COLUMN mentions INTEGER DEFAULT 1",
                  "ALTER TABLE events ALTER COLUMN mentions SET NOT NULL",
                  EvidenceTable.TABLE.ddl(),
                  // an event stored before version 3 was stated once: its own sentence is its
                  // evidence
                  "INSERT INTO evidence SELECT event_id, article_id, 0, sentence_index, evidence_start, evidence_end"
                      + " FROM events")),
          new Migration(
              4,
              "whether an event's date is its own or the publication date (issue 8)",
              // events stored before version 4 keep a null source: recode fills it
              List.of("ALTER TABLE events ADD COLUMN date_source VARCHAR")));

  static final Schema CURRENT = new Schema(MIGRATIONS, readParleyVersion());

  private final List<Migration> migrations;
  private final String parleyVersion;

  Schema(List<Migration> migrations, String parleyVersion) {
    this.migrations = List.copyOf(migrations);
    this.parleyVersion = parleyVersion;
    for (int i = 0; i < this.migrations.size(); i++) {
      if (this.migrations.get(i).version() != i + 1) {
        throw new IllegalStateException(
            "store migrations must be numbered 1, 2, 3...: step "
                + (i + 1)
                + " says version "
                + this.migrations.get(i).version());
      }
    }
  }

  /** The schema version this Parley reads and writes. */
  int version() {
    return migrations.size();
  }

  String parleyVersion() {
    return parleyVersion;
  }

  /**
   * Makes sure the database is a Parley store of this schema version: creates the tables in an
   * empty database when {@code mayCreate}, and fails with a one-line message otherwise.
   */
  void check(Connection c, Path dataDir, boolean mayCreate) throws SQLException {
    if (!tableExists(c, "meta")) {
      if (tableCount(c) > 0) {
        throw new StoreException(
            dataDir.resolve(Store.FILE_NAME)
                + " is not a Parley store (it has tables but no meta table): use another --data directory");
      }
      if (!mayCreate) {
        throw new StoreException("no Parley store in " + dataDir + ": run parley ingest first");
      }
      create(c);
      return;
    }
    int stored = storedVersion(c, dataDir);
    if (stored != version()) {
      throw new StoreException(mismatch(dataDir, stored, meta(c, "created_by")));
    }
  }

  /** Applies the missing migrations to an older store; returns the version it had. */
  int migrate(Connection c, Path dataDir) throws SQLException {
    if (!tableExists(c, "meta")) {
      throw new StoreException("no Parley store in " + dataDir + ": run parley ingest first");
    }
    int stored = storedVersion(c, dataDir);
    if (stored > version()) {
      throw new StoreException(mismatch(dataDir, stored, meta(c, "created_by")));
    }
    inTransaction(
        c,
        () -> {
          for (Migration m : migrations.subList(stored, migrations.size())) {
            apply(c, m);
          }
          putMeta(c, "migrated_by", parleyVersion);
        });
    return stored;
  }

  private String mismatch(Path dataDir, int stored, String createdBy) {
    String head =
        "Parley store in "
            + dataDir
            + " has schema version "
            + stored
            + " (created by Parley "
            + createdBy
            + "), but this Parley ("
            + parleyVersion
            + ") ";
    if (stored > version()) {
      return head
          + "reads schema version "
          + version()
          + ": use a Parley at least as new as the one that wrote it, or another --data directory";
    }
    return head
        + "needs schema version "
        + version()
        + ": run parley migrate --data "
        + dataDir
        + " to upgrade it in place (nothing stored is lost)";
  }

  private void create(Connection c) throws SQLException {
    inTransaction(
        c,
        () -> {
          try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE meta (name VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)");
          }
          putMeta(c, "schema_version", "0");
          putMeta(c, "created_by", parleyVersion);
          putMeta(c, "created_at", java.time.Instant.now().toString());
          for (Migration m : migrations) {
            apply(c, m);
          }
        });
  }

  private static void apply(Connection c, Migration m) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String sql : m.statements()) {
        s.execute(sql);
      }
    }
    putMeta(c, "schema_version", Integer.toString(m.version()));
  }

  private static int storedVersion(Connection c, Path dataDir) throws SQLException {
    String v = meta(c, "schema_version");
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new StoreException(
          "Parley store in "
              + dataDir
              + " has an unreadable schema_version '"
              + v
              + "' in its meta table: use another --data directory");
    }
  }

  private static String meta(Connection c, String name) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT value FROM meta WHERE name = ?")) {
      p.setString(1, name);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getString(1) : "unknown";
      }
    }
  }

  private static void putMeta(Connection c, String name, String value) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO meta VALUES (?, ?)")) {
      p.setString(1, name);
      p.setString(2, value);
      p.execute();
    }
  }

  private static boolean tableExists(Connection c, String table) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' AND table_name = ?")) {
      p.setString(1, table);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    }
  }

  private static long tableCount(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main'")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Runs {@code body} between BEGIN and COMMIT, rolling back on any failure. */
  static void inTransaction(Connection c, SqlBody body) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("BEGIN TRANSACTION");
    }
    try {
      body.run();
      try (Statement s = c.createStatement()) {
        s.execute("COMMIT");
      }
    } catch (SQLException | RuntimeException e) {
      try (Statement s = c.createStatement()) {
        s.execute("ROLLBACK");
      } catch (SQLException rollbackFailure) {
        e.addSuppressed(rollbackFailure);
      }
      throw e;
    }
  }

  /** A piece of work that talks to the database. */
  @FunctionalInterface
  interface SqlBody {
    void run() throws SQLException;
  }

  private static String readParleyVersion() {
    try (InputStream in = Schema.class.getResourceAsStream("parley-version.properties")) {
      if (in == null) {
        throw new IllegalStateException(
            "dev/parley/store/parley-version.properties is missing from the class path: rebuild parley-app");
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("parley.version");
      if (v == null || v.isBlank() || v.startsWith("${")) {
        throw new IllegalStateException(
            "dev/parley/store/parley-version.properties was not filtered by Maven: rebuild parley-app");
      }
      return v;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dev/parley/store/parley-version.properties", e);
    }
  }
}
