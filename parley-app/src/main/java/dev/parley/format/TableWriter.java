package dev.parley.format;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;

/**
 * Fixed-width columns for a terminal: a header line, then one line a record. Whitespace runs in a
 * cell become one space; a cell longer than its column is cut with "…" (at its end, or at its start
 * for a column that keeps the end, such as a path). Widths count code points, so wide characters
 * (CJK, emoji) can shift a line.
 */
final class TableWriter<T> implements RowWriter<T> {

  /**
   * One column.
   *
   * @param title header
   * @param width code points; the last column's width is what the line has left
   * @param keepEnd cut long values at the start instead of the end
   * @param cell the text shown
   */
  record Column<T>(String title, int width, boolean keepEnd, Function<T, String> cell) {
    static <T> Column<T> of(String title, int width, Function<T, String> cell) {
      return new Column<>(title, width, false, cell);
    }
  }

  private static final String GAP = "  ";
  private static final int MIN_LAST = 16;

  private final List<Column<T>> columns;
  private final int lastWidth;
  private final Writer out;
  private boolean headerDone;

  TableWriter(List<Column<T>> columns, int lineWidth, Writer out) {
    this.columns = List.copyOf(columns);
    int used = 0;
    for (Column<T> c : columns.subList(0, columns.size() - 1)) {
      used += c.width() + GAP.length();
    }
    this.lastWidth = Math.max(MIN_LAST, lineWidth - used);
    this.out = out;
  }

  @Override
  public void write(T row) throws IOException {
    header();
    line(columns.stream().map(c -> c.cell().apply(row)).toList());
  }

  @Override
  public void finish() throws IOException {
    header();
    out.flush();
  }

  private void header() throws IOException {
    if (!headerDone) {
      headerDone = true;
      line(columns.stream().map(Column::title).toList());
    }
  }

  private void line(List<String> cells) throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      boolean last = i == columns.size() - 1;
      Column<T> c = columns.get(i);
      String text = fit(cells.get(i), last ? lastWidth : c.width(), c.keepEnd());
      b.append(text);
      if (!last) {
        b.append(" ".repeat(c.width() - text.codePointCount(0, text.length()))).append(GAP);
      }
    }
    out.write(b.toString().stripTrailing());
    out.write('\n');
  }

  /** The cell's text on one line, cut to {@code width} code points with "…". */
  static String fit(String value, int width, boolean keepEnd) {
    if (value == null) {
      return "";
    }
    String s = value.replaceAll("\\s+", " ").strip();
    int n = s.codePointCount(0, s.length());
    if (n <= width) {
      return s;
    }
    if (keepEnd) {
      return "…" + s.substring(s.offsetByCodePoints(0, n - (width - 1))).stripLeading();
    }
    return s.substring(0, s.offsetByCodePoints(0, width - 1)).stripTrailing() + "…";
  }
}
