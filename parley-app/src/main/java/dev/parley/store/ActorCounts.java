package dev.parley.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The actors of the store with their mention and event counts: one read-only query over {@code
 * mentions} and {@code events}. An actor is a (code, display name) pair, so that Kim Jong-un and
 * "North Korea (government)" are listed apart although both are PRKGOV.
 */
final class ActorCounts {
  private ActorCounts() {}

  private static final String SQL =
      """
      WITH m AS (
        SELECT code, actor_name AS name, min(actor_id) AS actor_id,
               count(*) AS mentions, count(DISTINCT article_id) AS articles
        FROM mentions WHERE code IS NOT NULL AND code <> '' GROUP BY code, actor_name),
      s AS (SELECT source AS code, source_name AS name, count(*) AS n
            FROM events WHERE source <> '' GROUP BY source, source_name),
      t AS (SELECT target AS code, target_name AS name, count(*) AS n
            FROM events WHERE target IS NOT NULL AND target <> '' GROUP BY target, target_name),
      k AS (SELECT code, name FROM m UNION SELECT code, name FROM s UNION SELECT code, name FROM t)
      SELECT k.code, k.name, m.actor_id,
             coalesce(m.mentions, 0) AS mentions, coalesce(m.articles, 0) AS articles,
             coalesce(s.n, 0) AS as_source, coalesce(t.n, 0) AS as_target
      FROM k
      LEFT JOIN m ON m.code = k.code AND m.name IS NOT DISTINCT FROM k.name
      LEFT JOIN s ON s.code = k.code AND s.name IS NOT DISTINCT FROM k.name
      LEFT JOIN t ON t.code = k.code AND t.name IS NOT DISTINCT FROM k.name
      ORDER BY coalesce(m.mentions, 0) + coalesce(s.n, 0) + coalesce(t.n, 0) DESC, k.code, k.name NULLS LAST""";

  static List<ActorRow> read(Connection c) throws SQLException {
    List<ActorRow> out = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(SQL)) {
      while (rs.next()) {
        out.add(
            new ActorRow(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getInt(4),
                rs.getInt(5),
                rs.getInt(6),
                rs.getInt(7)));
      }
    }
    return out;
  }
}
