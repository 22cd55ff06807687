package dev.parley.store;

import static dev.parley.store.SqlType.INTEGER;
import static dev.parley.store.SqlType.VARCHAR;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of a table that holds a list of each article's (its mentions, its time expressions): an
 * item and its place in its article's list.
 *
 * @param articleId the article it is in
 * @param index its index in the article's list (text order)
 * @param item the item
 */
record ArticleItem<T>(String articleId, int index, T item) {

  /** The rows of an article's items, in their order. */
  static <T> List<ArticleItem<T>> of(String articleId, List<T> items) {
    List<ArticleItem<T>> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      out.add(new ArticleItem<>(articleId, i, items.get(i)));
    }
    return out;
  }

  /** The {@code article_id} column of such a table. */
  static <T> Column<ArticleItem<T>, String> articleIdColumn() {
    return Column.required("article_id", VARCHAR, ArticleItem::articleId);
  }

  /** The index column of such a table, under its name there ({@code mention_index}). */
  static <T> Column<ArticleItem<T>, Integer> indexColumn(String name) {
    return Column.required(name, INTEGER, ArticleItem::index);
  }
}
