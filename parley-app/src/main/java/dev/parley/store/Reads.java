package dev.parley.store;

import dev.parley.actors.Mention;
import dev.parley.clean.Article;
import dev.parley.events.Event;
import dev.parley.events.Modality;
import dev.parley.ingest.Hints;
import dev.parley.ingest.RawDocument;
import dev.parley.time.PartialDate;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The store's queries: SQL in, records out, in a stable order. */
final class Reads {
  private static final int IDS_PER_QUERY = 500;

  private static final String EVENT_COLUMNS =
      "e.event_id, e.article_id, e.date, e.source, e.source_name, e.target, e.target_name, e.code,"
          + " e.root, e.quad_class, e.goldstein, e.plover, e.modality, e.negated, e.sentence_index,"
          + " e.evidence_start, e.evidence_end, e.sentence, e.rule, e.confidence,"
          + " a.doc, a.outlet, a.title";

  private static final String ARTICLE_COLUMNS =
      "article_id, doc, title, outlet, byline, published, dateline, language, url, text, removed,"
          + " pipeline_version, ingested_at";

  private Reads() {}

  static Set<String> storedIds(Connection c, Collection<String> ids) throws SQLException {
    Set<String> found = new HashSet<>();
    List<String> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
    for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY));
      String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
      try (PreparedStatement p =
          c.prepareStatement("SELECT article_id FROM articles WHERE article_id IN (" + marks + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          p.setString(i + 1, chunk.get(i));
        }
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            found.add(rs.getString(1));
          }
        }
      }
    }
    return found;
  }

  static List<EventRow> events(Connection c, EventFilter f) throws SQLException {
    StringBuilder sql =
        new StringBuilder("SELECT ")
            .append(EVENT_COLUMNS)
            .append(" FROM events e JOIN articles a ON a.article_id = e.article_id WHERE true");
    List<Object> args = new ArrayList<>();
    if (f.source() != null) {
      sql.append(" AND starts_with(e.source, ?)");
      args.add(f.source());
    }
    if (f.target() != null) {
      sql.append(" AND starts_with(e.target, ?)");
      args.add(f.target());
    }
    if (f.codePrefix() != null) {
      sql.append(" AND starts_with(e.code, ?)");
      args.add(f.codePrefix());
    }
    if (f.from() != null) {
      sql.append(" AND e.date_end >= ?");
      args.add(f.from());
    }
    if (f.to() != null) {
      sql.append(" AND e.date_start <= ?");
      args.add(f.to());
    }
    sql.append(
        " ORDER BY e.date_start NULLS LAST, e.date_end NULLS LAST, e.article_id, e.sentence_index,"
            + " e.event_id");
    List<EventRow> rows = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        p.setObject(i + 1, args.get(i));
      }
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          rows.add(new EventRow(event(rs), rs.getString(21), rs.getString(22), rs.getString(23)));
        }
      }
    }
    return rows;
  }

  private static Event event(ResultSet rs) throws SQLException {
    String date = rs.getString(3);
    return new Event(
        rs.getString(1),
        rs.getString(2),
        date == null ? null : PartialDate.parse(date).orElseThrow(() -> bad("events.date", date)),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getInt(10),
        rs.getDouble(11),
        rs.getString(12),
        Modality.valueOf(rs.getString(13).toUpperCase(Locale.ROOT)),
        rs.getBoolean(14),
        rs.getInt(15),
        rs.getInt(16),
        rs.getInt(17),
        rs.getString(18),
        rs.getString(19),
        rs.getDouble(20));
  }

  static List<Event> eventsOf(Connection c, String articleId) throws SQLException {
    String sql =
        "SELECT " + EVENT_COLUMNS + " FROM events e JOIN articles a ON a.article_id = e.article_id"
            + " WHERE e.article_id = ? ORDER BY e.sentence_index, e.event_id";
    List<Event> list = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, articleId);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          list.add(event(rs));
        }
      }
    }
    return list;
  }

  static List<ArticleRow> articles(Connection c) throws SQLException {
    List<ArticleRow> rows = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT " + ARTICLE_COLUMNS + " FROM articles ORDER BY published NULLS LAST, article_id")) {
      while (rs.next()) {
        Article a =
            new Article(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                strings(rs.getArray(11)));
        OffsetDateTime at = rs.getObject(13, OffsetDateTime.class);
        rows.add(new ArticleRow(a, rs.getString(12), at.toInstant()));
      }
    }
    return rows;
  }

  static List<Mention> mentions(Connection c, String articleId) throws SQLException {
    List<Mention> list = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT sentence, first_token, last_token, span_begin, span_end, text, kind, ner_type,"
                + " actor_id, actor_name, code FROM mentions WHERE article_id = ? ORDER BY mention_index")) {
      p.setString(1, articleId);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          list.add(
              new Mention(
                  rs.getInt(1),
                  rs.getInt(2),
                  rs.getInt(3),
                  rs.getInt(4),
                  rs.getInt(5),
                  rs.getString(6),
                  Mention.Kind.valueOf(rs.getString(7)),
                  rs.getString(8),
                  rs.getString(9),
                  rs.getString(10),
                  rs.getString(11)));
        }
      }
    }
    return list;
  }

  static List<RawInput> rawInputs(Connection c, String afterArticleId, int limit)
      throws SQLException {
    String sql =
        "SELECT r.article_id, a.pipeline_version, r.doc, r.content_type, r.content, r.hints.title,"
            + " r.hints.published, r.hints.outlet, r.hints.url, r.warnings"
            + " FROM raw_inputs r JOIN articles a ON a.article_id = r.article_id"
            + (afterArticleId == null ? "" : " WHERE r.article_id > ?")
            + " ORDER BY r.article_id LIMIT " + limit;
    List<RawInput> list = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      if (afterArticleId != null) {
        p.setString(1, afterArticleId);
      }
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          String type = rs.getString(4);
          RawDocument raw =
              new RawDocument(
                  rs.getString(3),
                  contentType(type),
                  rs.getString(5),
                  new Hints(rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)),
                  strings(rs.getArray(10)));
          list.add(new RawInput(rs.getString(1), rs.getString(2), raw));
        }
      }
    }
    return list;
  }

  static Counts counts(Connection c) throws SQLException {
    long articles = single(c, "SELECT count(*) FROM articles");
    long mentions = single(c, "SELECT count(*) FROM mentions");
    long events = single(c, "SELECT count(*) FROM events");
    long actors =
        single(c, "SELECT count(DISTINCT coalesce(actor_id, code)) FROM mentions WHERE code IS NOT NULL");
    Map<String, Long> byCode = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT code, count(DISTINCT coalesce(actor_id, code)) FROM mentions"
                    + " WHERE code IS NOT NULL GROUP BY code ORDER BY code")) {
      while (rs.next()) {
        byCode.put(rs.getString(1), rs.getLong(2));
      }
    }
    return new Counts(articles, mentions, events, actors, byCode);
  }

  private static long single(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<String> strings(Array array) throws SQLException {
    Object[] values = (Object[]) array.getArray();
    List<String> list = new ArrayList<>(values.length);
    for (Object v : values) {
      list.add((String) v);
    }
    return list;
  }

  private static RawDocument.ContentType contentType(String stored) {
    try {
      return RawDocument.ContentType.valueOf(stored);
    } catch (IllegalArgumentException e) {
      throw bad("raw_inputs.content_type", stored);
    }
  }

  private static StoreException bad(String column, String value) {
    return new StoreException("unreadable value '" + value + "' in column " + column + " of the Parley store");
  }
}
