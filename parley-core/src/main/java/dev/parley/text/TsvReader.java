package dev.parley.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads Parley's plain knowledge files: UTF-8, one record per line, cells separated by a TAB, lines
 * starting with {@code #} and blank lines ignored. Multi-valued cells separate values with {@code
 * |}; a lone {@code -} means none. Every problem is a {@link DataFileException} naming the file and
 * line.
 */
public final class TsvReader {

  /** One data line of a file, with where it came from. */
  public record Line(String source, int number, List<String> cells) {
    public Line {
      cells = List.copyOf(cells);
    }

    /** The cell at {@code index}, stripped of surrounding spaces; "" when the line is shorter. */
    public String cell(int index) {
      return index < cells.size() ? cells.get(index).strip() : "";
    }

    /** An error about this line. */
    public DataFileException error(String reason) {
      return DataFileException.at(source, number, reason);
    }

    /** The cell as a list of values split on {@code |}; {@code -} or "" is the empty list. */
    public List<String> values(int index, String column) {
      String cell = cell(index);
      if (cell.isEmpty() || cell.equals("-")) {
        return List.of();
      }
      Set<String> out = new LinkedHashSet<>();
      for (String part : cell.split("\\|", -1)) {
        String value = part.strip();
        if (value.isEmpty()) {
          throw error("empty value in " + column + " (two '|' in a row or a '|' at an end)");
        }
        if (value.equals("-")) {
          throw error("'-' in " + column + " must stand alone");
        }
        out.add(value);
      }
      return List.copyOf(out);
    }

    /** The cell, which must not be empty or {@code -}. */
    public String required(int index, String column) {
      String cell = cell(index);
      if (cell.isEmpty() || cell.equals("-")) {
        throw error("missing " + column);
      }
      return cell;
    }
  }

  private TsvReader() {}

  /** Reads a file from disk; the source in messages is the path as given. */
  public static List<Line> readFile(Path path, int minColumns, int maxColumns) {
    String source = path.toString();
    try (InputStream in = Files.newInputStream(path)) {
      return read(source, in, minColumns, maxColumns);
    } catch (IOException e) {
      if (e instanceof CharacterCodingException) {
        throw new DataFileException(source + ": not valid UTF-8", e);
      }
      throw new DataFileException(source + ": cannot read: " + e, e);
    }
  }

  /**
   * Reads a classpath resource (absolute name such as {@code dev/parley/events/cameo.tsv}); the
   * source in messages is {@code classpath:} + the name.
   */
  public static List<Line> readResource(String resource, int minColumns, int maxColumns) {
    String source = "classpath:" + resource;
    InputStream in = TsvReader.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new DataFileException(source + ": not found on the classpath");
    }
    try (in) {
      return read(source, in, minColumns, maxColumns);
    } catch (IOException e) {
      if (e instanceof CharacterCodingException) {
        throw new DataFileException(source + ": not valid UTF-8", e);
      }
      throw new DataFileException(source + ": cannot read: " + e, e);
    }
  }

  private static List<Line> read(String source, InputStream in, int minColumns, int maxColumns)
      throws IOException {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    List<Line> lines = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
      String text;
      int number = 0;
      while ((text = reader.readLine()) != null) {
        number++;
        if (number == 1 && text.startsWith("\uFEFF")) {
          text = text.substring(1);
        }
        if (text.isBlank() || text.startsWith("#")) {
          continue;
        }
        List<String> cells = Arrays.asList(text.split("\t", -1));
        if (cells.size() < minColumns || cells.size() > maxColumns) {
          String expected =
              minColumns == maxColumns ? "" + minColumns : minColumns + " to " + maxColumns;
          throw DataFileException.at(
              source,
              number,
              "expected " + expected + " tab-separated columns, found " + cells.size());
        }
        lines.add(new Line(source, number, cells));
      }
    }
    return lines;
  }
}
