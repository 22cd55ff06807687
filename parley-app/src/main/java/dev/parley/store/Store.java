package dev.parley.store;

import dev.parley.actors.Mention;
import dev.parley.clean.Article;
import dev.parley.events.CodedArticle;
import dev.parley.events.Event;
import dev.parley.quotes.Quote;
import dev.parley.time.PartialDate;
import dev.parley.timex.TimeExpression;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.duckdb.DuckDBConnection;

/**
 * Parley's DuckDB store: the file {@code DATA/parley.duckdb} with the tables {@code articles},
 * {@code raw_inputs}, {@code mentions}, {@code events}, {@code quotes}, {@code times} and {@code
 * meta}.
 *
 * <p>DuckDB lets one process hold the file for writing or several for reading, never both, so a
 * {@code Store} is meant to be held briefly: open, write one batch or run one query, close. Every
 * open waits (see {@link StoreOptions}) while another process holds the file. {@link StoreWriter}
 * does this for a long ingest. A {@code Store} is not thread-safe.
 */
public final class Store implements AutoCloseable {

  /** The database file's name inside the data directory. */
  public static final String FILE_NAME = "parley.duckdb";

  /** How a store is opened. */
  public enum Access {
    /** Queries only; fails when there is no store yet. Other readers may hold the file too. */
    READ_ONLY,
    /** Queries and writes; creates the data directory and the store when missing. */
    READ_WRITE
  }

  private static final int RAW_PAGE = 200;

  private final Path dataDir;
  private final Access access;
  private final DuckDBConnection connection;
  private final Clock clock;

  private Store(Path dataDir, Access access, DuckDBConnection connection, Clock clock) {
    this.dataDir = dataDir;
    this.access = access;
    this.connection = connection;
    this.clock = clock;
  }

  /** Opens the store in {@code dataDir}, waiting up to 60 s for another process. */
  public static Store open(Path dataDir, Access access) {
    return open(dataDir, access, StoreOptions.defaults());
  }

  public static Store open(Path dataDir, Access access, StoreOptions options) {
    return open(dataDir, access, options, Schema.CURRENT, Clock.systemUTC());
  }

  static Store open(Path dataDir, Access access, StoreOptions options, Schema schema, Clock clock) {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(options, "options");
    boolean write = access == Access.READ_WRITE;
    if (write) {
      createDirectory(dataDir);
    } else if (!Files.isRegularFile(dataDir.resolve(FILE_NAME))) {
      throw new StoreException("no Parley store in " + dataDir + ": run parley ingest first");
    }
    DuckDBConnection c = LockWait.open(dataDir, !write, options);
    try {
      schema.check(c, dataDir, write);
      return new Store(dataDir, access, c, clock);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(c, e);
      if (e instanceof StoreException se) {
        throw se;
      }
      throw failure(dataDir, "opening", e);
    }
  }

  /**
   * Upgrades an older store to this Parley's schema version by applying the missing migrations in
   * one transaction. Returns the schema version the store had.
   */
  public static int migrate(Path dataDir, StoreOptions options) {
    return migrate(dataDir, options, Schema.CURRENT);
  }

  static int migrate(Path dataDir, StoreOptions options, Schema schema) {
    if (!Files.isRegularFile(dataDir.resolve(FILE_NAME))) {
      throw new StoreException("no Parley store in " + dataDir + ": run parley ingest first");
    }
    DuckDBConnection c = LockWait.open(dataDir, false, options);
    try (c) {
      return schema.migrate(c, dataDir);
    } catch (SQLException e) {
      throw failure(dataDir, "migrating", e);
    }
  }

  /** The schema version this Parley reads and writes. */
  public static int schemaVersion() {
    return Schema.CURRENT.version();
  }

  public Path dataDir() {
    return dataDir;
  }

  /**
   * Writes a batch in one transaction: all of it or, on any failure, none of it. Articles whose id
   * is already stored (or that come twice in the batch) are skipped, so re-running an ingest adds
   * nothing. Returns how many articles were written.
   *
   * @throws IllegalArgumentException when an article is incomplete (nothing is written)
   * @throws StoreException when DuckDB refuses the batch (nothing is written)
   */
  public int write(List<StoredArticle> batch) {
    return writeBatch(batch).size();
  }

  /** Writes like {@link #write} and returns the articles actually written. */
  List<StoredArticle> writeBatch(List<StoredArticle> batch) {
    requireWritable("write");
    batch.forEach(Checks::storable);
    List<StoredArticle> fresh = new ArrayList<>();
    try {
      Schema.inTransaction(
          connection,
          () -> {
            fresh.clear();
            Set<String> seen =
                new HashSet<>(Reads.storedIds(connection, batch.stream().map(Store::id).toList()));
            Instant now = clock.instant();
            try (Appenders rows = new Appenders(connection)) {
              for (StoredArticle s : batch) {
                Article a = s.coded().article();
                if (!seen.add(a.id())) {
                  continue;
                }
                rows.append(RawInputsTable.TABLE, new RawInputsTable.Row(a.id(), s.raw()));
                appendDerived(
                    rows,
                    new ArticleRow(a, s.pipelineVersion(), now),
                    s.coded(),
                    s.quotes(),
                    s.times());
                fresh.add(s);
              }
            }
          });
    } catch (SQLException e) {
      throw failure(dataDir, "writing a batch of " + batch.size() + " articles", e);
    }
    return fresh;
  }

  /** The ids of every stored article (an ingest loads them once to skip duplicates early). */
  public Set<String> articleIds() {
    try (var st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT article_id FROM articles")) {
      Set<String> out = new HashSet<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    } catch (SQLException e) {
      throw failure(dataDir, "reading article ids", e);
    }
  }

  /** The ids among {@code ids} that are already stored. */
  public Set<String> storedIds(Collection<String> ids) {
    try {
      return Reads.storedIds(connection, ids);
    } catch (SQLException e) {
      throw failure(dataDir, "looking up article ids", e);
    }
  }

  /**
   * Replaces what the pipeline derived for a stored article (for {@code parley recode}): mentions
   * and events are replaced and the article row rewritten with the new cleaning and pipeline
   * version, in one transaction; the raw input, {@code doc} and {@code ingested_at} are kept.
   *
   * @param articleId the stored article's id (from {@link RawInput#articleId()})
   * @param coded the article re-derived from its raw input
   * @throws IllegalArgumentException when no article {@code articleId} is stored
   */
  public Recoded replaceDerived(String articleId, CodedArticle coded, String pipelineVersion) {
    return replaceDerived(articleId, coded, List.of(), List.of(), pipelineVersion);
  }

  /**
   * {@link #replaceDerived(String, CodedArticle, String)} with the article's re-derived quotes and
   * time expressions, which replace the stored ones in the same transaction.
   */
  public Recoded replaceDerived(
      String articleId,
      CodedArticle coded,
      List<Quote> quotes,
      List<TimeExpression> times,
      String pipelineVersion) {
    requireWritable("replaceDerived");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(coded, "coded");
    Checks.coded(coded, pipelineVersion);
    Checks.spans(coded, quotes, times);
    Article a = coded.article();
    Recoded[] outcome = new Recoded[1];
    try {
      Schema.inTransaction(
          connection,
          () -> {
            String doc;
            Instant ingestedAt;
            try (PreparedStatement p =
                connection.prepareStatement(
                    "SELECT "
                        + ArticlesTable.DOC.name()
                        + ", "
                        + ArticlesTable.INGESTED_AT.name()
                        + " FROM articles WHERE article_id = ?")) {
              p.setString(1, articleId);
              try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                  throw new IllegalArgumentException(
                      "cannot recode article " + articleId + ": it is not stored in " + dataDir);
                }
                doc = ArticlesTable.DOC.read(rs);
                ingestedAt = ArticlesTable.INGESTED_AT.read(rs);
              }
            }
            boolean renamed = !a.id().equals(articleId);
            deleteDerived(articleId);
            if (renamed && !Reads.storedIds(connection, List.of(a.id())).isEmpty()) {
              execute("DELETE FROM raw_inputs WHERE article_id = ?", articleId, null);
              outcome[0] = Recoded.DUPLICATE;
              return;
            }
            if (renamed) {
              execute(
                  "UPDATE raw_inputs SET article_id = ? WHERE article_id = ?", a.id(), articleId);
            }
            try (Appenders rows = new Appenders(connection)) {
              appendDerived(
                  rows,
                  new ArticleRow(a.withDoc(doc), pipelineVersion, ingestedAt),
                  coded,
                  quotes,
                  times);
            }
            outcome[0] = renamed ? Recoded.RENAMED : Recoded.UPDATED;
          });
    } catch (SQLException e) {
      throw failure(dataDir, "recoding article " + articleId, e);
    }
    return outcome[0];
  }

  /**
   * Appends the article row and what the pipeline derived from it (mentions, events, quotes,
   * times).
   */
  private static void appendDerived(
      Appenders rows,
      ArticleRow article,
      CodedArticle coded,
      List<Quote> quotes,
      List<TimeExpression> times)
      throws SQLException {
    String id = article.article().id();
    rows.append(ArticlesTable.TABLE, article);
    List<Mention> mentions = coded.resolved().mentions();
    rows.appendAll(MentionsTable.TABLE, ArticleItem.of(id, mentions));
    rows.appendAll(EventsTable.TABLE, coded.events());
    for (Event e : coded.events()) {
      for (int i = 0; i < e.evidence().size(); i++) {
        rows.append(
            EvidenceTable.TABLE, new EvidenceTable.Row(e.eventId(), id, i, e.evidence().get(i)));
      }
    }
    PartialDate published = article.article().publishedDate().orElse(null);
    for (int i = 0; i < quotes.size(); i++) {
      rows.append(
          QuotesTable.TABLE,
          new QuotesTable.Row(
              id,
              i,
              quotes.get(i),
              published == null ? null : published.start(),
              published == null ? null : published.end()));
    }
    rows.appendAll(TimesTable.TABLE, ArticleItem.of(id, times));
  }

  private void deleteDerived(String articleId) throws SQLException {
    execute("DELETE FROM quotes WHERE article_id = ?", articleId, null);
    execute("DELETE FROM times WHERE article_id = ?", articleId, null);
    execute("DELETE FROM evidence WHERE article_id = ?", articleId, null);
    execute("DELETE FROM events WHERE article_id = ?", articleId, null);
    execute("DELETE FROM mentions WHERE article_id = ?", articleId, null);
    execute("DELETE FROM articles WHERE article_id = ?", articleId, null);
  }

  private void execute(String sql, String first, String second) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      p.setString(1, first);
      if (second != null) {
        p.setString(2, second);
      }
      p.execute();
    }
  }

  /** Every stored raw input with its article id, in article id order. */
  public List<RawInput> rawInputs() {
    List<RawInput> all = new ArrayList<>();
    String after = null;
    while (true) {
      List<RawInput> page = rawInputs(after, RAW_PAGE);
      all.addAll(page);
      if (page.size() < RAW_PAGE) {
        return all;
      }
      after = page.get(page.size() - 1).articleId();
    }
  }

  /**
   * One page of raw inputs in article id order: those after {@code afterArticleId} (null for the
   * first page), at most {@code limit}. Lets recode walk a large store without holding it all.
   */
  public List<RawInput> rawInputs(String afterArticleId, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    try {
      return Reads.rawInputs(connection, afterArticleId, limit);
    } catch (SQLException e) {
      throw failure(dataDir, "reading raw inputs", e);
    }
  }

  /**
   * The events that pass {@code filter}, with their article's doc, outlet and title, ordered by
   * date (undated last), article id, sentence index and event id.
   */
  public List<EventRow> events(EventFilter filter) {
    return events(filter, Page.ALL);
  }

  /** One page of {@link #events(EventFilter)}. */
  public List<EventRow> events(EventFilter filter, Page page) {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(page, "page");
    try {
      return Reads.events(connection, filter, page);
    } catch (SQLException e) {
      throw failure(dataDir, "querying events", e);
    }
  }

  /** The events of one article, in sentence order. */
  public List<Event> eventsOf(String articleId) {
    try {
      return Reads.eventsOf(connection, articleId);
    } catch (SQLException e) {
      throw failure(dataDir, "querying events of " + articleId, e);
    }
  }

  /**
   * The quotes that pass {@code filter}, with their article's doc, ordered by the article's
   * publication date (unknown last), article id and place in the text.
   */
  public List<QuoteRow> quotes(QuoteFilter filter) {
    Objects.requireNonNull(filter, "filter");
    try {
      return Reads.quotes(connection, filter);
    } catch (SQLException e) {
      throw failure(dataDir, "querying quotes", e);
    }
  }

  /** Every time expression with its article's doc, ordered like {@link #quotes}. */
  public List<TimeRow> times() {
    try {
      return Reads.times(connection);
    } catch (SQLException e) {
      throw failure(dataDir, "querying time expressions", e);
    }
  }

  /** Every article, ordered by publication (unknown last), then article id. */
  public List<ArticleRow> articles() {
    return articles(Page.ALL);
  }

  /** One page of {@link #articles()}. */
  public List<ArticleRow> articles(Page page) {
    Objects.requireNonNull(page, "page");
    try {
      return Reads.articles(connection, page);
    } catch (SQLException e) {
      throw failure(dataDir, "querying articles", e);
    }
  }

  /** The mentions of one article, in the order they were stored (text order). */
  public List<Mention> mentions(String articleId) {
    try {
      return Reads.mentions(connection, articleId);
    } catch (SQLException e) {
      throw failure(dataDir, "querying mentions of " + articleId, e);
    }
  }

  /** The actors mentioned or coded in events, with their counts, most frequent first. */
  public List<ActorRow> actors() {
    try {
      return ActorCounts.read(connection);
    } catch (SQLException e) {
      throw failure(dataDir, "querying actors", e);
    }
  }

  public Counts counts() {
    try {
      return Reads.counts(connection);
    } catch (SQLException e) {
      throw failure(dataDir, "counting", e);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw failure(dataDir, "closing", e);
    }
  }

  private void requireWritable(String what) {
    if (access != Access.READ_WRITE) {
      throw new IllegalStateException(what + " needs a store opened READ_WRITE: " + dataDir);
    }
  }

  private static String id(StoredArticle s) {
    return s.coded().article().id();
  }

  private static void createDirectory(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new StoreException(
          "cannot create data directory " + dataDir + ": " + e.getMessage(), e);
    }
  }

  private static StoreException failure(Path dataDir, String what, Exception e) {
    return new StoreException(
        "Parley store in " + dataDir + ": " + what + " failed: " + LockWait.firstLine(e), e);
  }

  private static void closeQuietly(DuckDBConnection c, Exception cause) {
    try {
      c.close();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
