package dev.parley.store;

import dev.parley.actors.Mention;
import dev.parley.events.Event;
import dev.parley.events.Evidence;
import dev.parley.timex.TimeExpression;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The store's queries: SQL in, records out, in a stable order. Select lists and row mappings come
 * from the table definitions ({@link ArticlesTable}, {@link RawInputsTable}, {@link MentionsTable},
 * {@link EventsTable}, {@link EvidenceTable}, {@link QuotesTable}, {@link TimesTable}); columns are
 * read by name.
 */
final class Reads {
  private static final int IDS_PER_QUERY = 500;

  private static final String EVENTS_WITH_ARTICLE =
      "SELECT "
          + EventsTable.TABLE.select("e")
          + ", a.doc, a.outlet, a.title"
          + " FROM events e JOIN articles a ON a.article_id = e.article_id";

  private Reads() {}

  static Set<String> storedIds(Connection c, Collection<String> ids) throws SQLException {
    Set<String> found = new HashSet<>();
    List<String> all = List.copyOf(new LinkedHashSet<>(ids));
    for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY));
      String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
      query(
          c,
          "SELECT article_id FROM articles WHERE article_id IN (" + marks + ")",
          List.copyOf(chunk),
          rs -> found.add(rs.getString(1)));
    }
    return found;
  }

  static List<EventRow> events(Connection c, EventFilter f, Page page) throws SQLException {
    StringBuilder sql = new StringBuilder(EVENTS_WITH_ARTICLE).append(" WHERE true");
    List<Object> args = new ArrayList<>();
    condition(sql, args, " AND starts_with(e.source, ?)", f.source());
    condition(sql, args, " AND starts_with(e.target, ?)", f.target());
    condition(sql, args, " AND starts_with(e.code, ?)", f.codePrefix());
    condition(sql, args, " AND e.date_end >= ?", f.from());
    condition(sql, args, " AND e.date_start <= ?", f.to());
    sql.append(
            " ORDER BY e.date_start NULLS LAST, e.date_end NULLS LAST, e.article_id, e.sentence_index,"
                + " e.event_id")
        .append(page.sql());
    List<EventRow> rows = new ArrayList<>();
    query(
        c,
        sql.toString(),
        args,
        rs ->
            rows.add(
                new EventRow(
                    EventsTable.TABLE.read(rs),
                    ArticlesTable.DOC.read(rs),
                    ArticlesTable.OUTLET.read(rs),
                    ArticlesTable.TITLE.read(rs))));
    Map<String, List<Evidence>> spans =
        evidence(c, rows.stream().map(r -> r.event().eventId()).toList());
    rows.replaceAll(
        r -> new EventRow(withEvidence(r.event(), spans), r.doc(), r.outlet(), r.title()));
    return rows;
  }

  /** The evidence sentences of the events {@code ids}, by event id, in mention order. */
  private static Map<String, List<Evidence>> evidence(Connection c, List<String> ids)
      throws SQLException {
    Map<String, List<Evidence>> out = new HashMap<>();
    for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
      String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
      query(
          c,
          "SELECT "
              + EvidenceTable.TABLE.select("x")
              + " FROM evidence x WHERE x.event_id IN ("
              + marks
              + ")"
              + " ORDER BY x.event_id, x.mention_index",
          List.copyOf(chunk),
          rs -> {
            EvidenceTable.Row r = EvidenceTable.TABLE.read(rs);
            out.computeIfAbsent(r.eventId(), k -> new ArrayList<>()).add(r.evidence());
          });
    }
    return out;
  }

  private static Event withEvidence(Event e, Map<String, List<Evidence>> spans) {
    List<Evidence> found = spans.get(e.eventId());
    return found == null ? e : e.withEvidence(found);
  }

  private static void condition(StringBuilder sql, List<Object> args, String clause, Object value) {
    if (value != null) {
      sql.append(clause);
      args.add(value);
    }
  }

  static List<QuoteRow> quotes(Connection c, QuoteFilter f) throws SQLException {
    StringBuilder sql =
        new StringBuilder(
            "SELECT "
                + QuotesTable.TABLE.select("q")
                + ", a.doc"
                + " FROM quotes q JOIN articles a ON a.article_id = q.article_id WHERE true");
    List<Object> args = new ArrayList<>();
    condition(sql, args, " AND starts_with(q.speaker, ?)", f.speaker());
    condition(sql, args, " AND q.date_end >= ?", f.from());
    condition(sql, args, " AND q.date_start <= ?", f.to());
    sql.append(
        " ORDER BY q.date_start NULLS LAST, q.date_end NULLS LAST, q.article_id, q.quote_index");
    List<QuoteRow> rows = new ArrayList<>();
    query(
        c,
        sql.toString(),
        args,
        rs -> {
          QuotesTable.Row r = QuotesTable.TABLE.read(rs);
          rows.add(new QuoteRow(r.quoteId(), r.articleId(), ArticlesTable.DOC.read(rs), r.quote()));
        });
    return rows;
  }

  static List<TimeRow> times(Connection c) throws SQLException {
    String sql =
        "SELECT "
            + TimesTable.TABLE.select("t")
            + ", a.doc"
            + " FROM times t JOIN articles a ON a.article_id = t.article_id"
            + " ORDER BY a.published NULLS LAST, t.article_id, t.time_index";
    return list(
        c,
        sql,
        List.of(),
        rs -> {
          ArticleItem<TimeExpression> r = TimesTable.TABLE.read(rs);
          return new TimeRow(r.articleId(), ArticlesTable.DOC.read(rs), r.item());
        });
  }

  static List<Event> eventsOf(Connection c, String articleId) throws SQLException {
    List<Event> events =
        list(
            c,
            "SELECT "
                + EventsTable.TABLE.select("e")
                + " FROM events e WHERE e.article_id = ?"
                + " ORDER BY e.sentence_index, e.event_id",
            List.of(articleId),
            EventsTable.TABLE::read);
    Map<String, List<Evidence>> spans = evidence(c, events.stream().map(Event::eventId).toList());
    events.replaceAll(e -> withEvidence(e, spans));
    return events;
  }

  static List<ArticleRow> articles(Connection c, Page page) throws SQLException {
    return list(
        c,
        "SELECT "
            + ArticlesTable.TABLE.select("a")
            + " FROM articles a"
            + " ORDER BY a.published NULLS LAST, a.article_id"
            + page.sql(),
        List.of(),
        ArticlesTable.TABLE::read);
  }

  static List<Mention> mentions(Connection c, String articleId) throws SQLException {
    return list(
        c,
        "SELECT "
            + MentionsTable.TABLE.select("m")
            + " FROM mentions m WHERE m.article_id = ?"
            + " ORDER BY m.mention_index",
        List.of(articleId),
        rs -> MentionsTable.TABLE.read(rs).item());
  }

  /** One page of raw inputs in article id order, after {@code afterArticleId} (keyset paging). */
  static List<RawInput> rawInputs(Connection c, String afterArticleId, int limit)
      throws SQLException {
    String sql =
        "SELECT "
            + RawInputsTable.TABLE.select("r")
            + ", a.pipeline_version"
            + " FROM raw_inputs r JOIN articles a ON a.article_id = r.article_id"
            + (afterArticleId == null ? "" : " WHERE r.article_id > ?")
            + " ORDER BY r.article_id LIMIT "
            + limit;
    return list(
        c,
        sql,
        afterArticleId == null ? List.of() : List.of(afterArticleId),
        rs -> {
          RawInputsTable.Row row = RawInputsTable.TABLE.read(rs);
          return new RawInput(row.articleId(), ArticlesTable.PIPELINE_VERSION.read(rs), row.raw());
        });
  }

  static Counts counts(Connection c) throws SQLException {
    long articles = single(c, "SELECT count(*) FROM articles");
    long mentions = single(c, "SELECT count(*) FROM mentions");
    long events = single(c, "SELECT count(*) FROM events");
    long actors =
        single(
            c,
            "SELECT count(DISTINCT coalesce(actor_id, code)) FROM mentions WHERE code IS NOT NULL");
    Map<String, Long> byCode = new LinkedHashMap<>();
    query(
        c,
        "SELECT code, count(DISTINCT coalesce(actor_id, code)) FROM mentions"
            + " WHERE code IS NOT NULL GROUP BY code ORDER BY code",
        List.of(),
        rs -> byCode.put(rs.getString(1), rs.getLong(2)));
    return new Counts(articles, mentions, events, actors, byCode);
  }

  private static long single(Connection c, String sql) throws SQLException {
    return list(c, sql, List.of(), rs -> rs.getLong(1)).get(0);
  }

  private static <T> List<T> list(Connection c, String sql, List<?> args, Table.Reader<T> reader)
      throws SQLException {
    List<T> out = new ArrayList<>();
    query(c, sql, args, rs -> out.add(reader.read(rs)));
    return out;
  }

  /** Runs {@code sql} with {@code args} and hands every result row to {@code each}. */
  private static void query(Connection c, String sql, List<?> args, EachRow each)
      throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < args.size(); i++) {
        p.setObject(i + 1, args.get(i));
      }
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          each.accept(rs);
        }
      }
    }
  }

  @FunctionalInterface
  private interface EachRow {
    void accept(ResultSet rs) throws SQLException;
  }
}
