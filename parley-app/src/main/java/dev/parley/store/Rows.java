package dev.parley.store;

import dev.parley.actors.Mention;
import dev.parley.clean.Article;
import dev.parley.events.Event;
import dev.parley.ingest.Hints;
import dev.parley.ingest.RawDocument;
import dev.parley.time.PartialDate;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Appends rows to the four tables through DuckDB appenders (one per table for a whole batch). The
 * caller holds the transaction: the appenders join it and are flushed by {@link #close}.
 */
final class Rows implements AutoCloseable {
  private final DuckDBAppender articles;
  private final DuckDBAppender raw;
  private final DuckDBAppender mentions;
  private final DuckDBAppender events;

  Rows(DuckDBConnection c) throws SQLException {
    articles = c.createAppender("articles");
    raw = c.createAppender("raw_inputs");
    mentions = c.createAppender("mentions");
    events = c.createAppender("events");
  }

  void article(Article a, String doc, String pipelineVersion, OffsetDateTime ingestedAt)
      throws SQLException {
    articles.beginRow();
    str(articles, a.id());
    str(articles, doc);
    str(articles, a.title());
    str(articles, a.outlet());
    str(articles, a.byline());
    str(articles, a.published());
    str(articles, a.dateline());
    str(articles, a.language());
    str(articles, a.url());
    str(articles, a.text());
    articles.append(a.removed());
    str(articles, pipelineVersion);
    articles.append(ingestedAt);
    articles.endRow();
  }

  void raw(String articleId, RawDocument r) throws SQLException {
    raw.beginRow();
    str(raw, articleId);
    str(raw, r.doc());
    str(raw, r.type().name());
    str(raw, r.content());
    Hints h = r.hints();
    raw.beginStruct();
    str(raw, h.title());
    str(raw, h.published());
    str(raw, h.outlet());
    str(raw, h.url());
    raw.endStruct();
    raw.append(r.warnings());
    raw.endRow();
  }

  void mentions(String articleId, List<Mention> list) throws SQLException {
    int index = 0;
    for (Mention m : list) {
      mentions.beginRow();
      str(mentions, articleId);
      mentions.append(index++);
      mentions.append(m.sentence());
      mentions.append(m.firstToken());
      mentions.append(m.lastToken());
      mentions.append(m.begin());
      mentions.append(m.end());
      str(mentions, m.text());
      str(mentions, m.kind().name());
      str(mentions, m.nerType());
      str(mentions, m.actorId());
      str(mentions, m.actorName());
      str(mentions, m.code());
      mentions.endRow();
    }
  }

  void events(List<Event> list) throws SQLException {
    for (Event e : list) {
      events.beginRow();
      str(events, e.eventId());
      str(events, e.articleId());
      PartialDate d = e.date();
      if (d == null) {
        events.appendNull().appendNull().appendNull().appendNull();
      } else {
        events.append(d.toString()).append(d.precision().word()).append(d.start()).append(d.end());
      }
      str(events, e.source());
      str(events, e.sourceName());
      str(events, e.target());
      str(events, e.targetName());
      str(events, e.code());
      str(events, e.root());
      events.append(e.quadClass());
      events.append(e.goldstein());
      str(events, e.plover());
      str(events, e.modality().word());
      events.append(e.negated());
      events.append(e.sentenceIndex());
      events.append(e.evidenceStart());
      events.append(e.evidenceEnd());
      str(events, e.sentence());
      str(events, e.rule());
      events.append(e.confidence());
      events.endRow();
    }
  }

  private static void str(DuckDBAppender a, String value) throws SQLException {
    if (value == null) {
      a.appendNull();
    } else {
      a.append(value);
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
    for (DuckDBAppender a : List.of(articles, raw, mentions, events)) {
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
    if (first != null) {
      throw first;
    }
  }
}
