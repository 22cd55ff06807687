package dev.parley.cliext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractReportTest {
  static final String PAGE = """
      <!DOCTYPE html><html lang="en"><head><title>Envoys meet in Geneva | Lakeside Press</title>
      <meta property="og:title" content="Envoys meet in Geneva">
      <meta property="og:site_name" content="Lakeside Press">
      <meta name="author" content="Jane Roe">
      <meta property="article:published_time" content="2019-06-30T08:00:00Z">
      <link rel="canonical" href="https://lakeside.example.invalid/world/envoys-meet">
      </head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
      <article><h1>Envoys meet in Geneva</h1>
      <p>GENEVA — Envoys from both countries met on Sunday for the first time in a year, officials said.</p>
      <p>The talks lasted four hours and ended without a joint statement, according to both delegations.</p>
      </article>
      <div class="newsletter">Sign up for our daily newsletter and never miss a story from Lakeside Press.</div>
      <footer>Copyright 2019 Lakeside Press. All rights reserved.</footer>
      </body></html>
      """;

  static final String TEXT = """
      Envoys meet in Geneva
      Lakeside Press
      - Lakeside Press - Sunday, June 30, 2019

      GENEVA — Envoys from both countries met on Sunday for the first time in a year, officials said.

      The talks lasted four hours and ended without a joint statement, according to both delegations.

      Sign up for Daily Newsletters
      """;

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(List<Path> files, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = ExtractReport.run(files, format, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void printsOneObjectPerFile() throws IOException {
    Path html = dir.resolve("envoys.html");
    Files.writeString(html, PAGE);
    Path text = dir.resolve("envoys.txt");
    Files.writeString(text, TEXT);
    Run r = run(List.of(html, text), "jsonl");
    System.out.println(r);
  }
}
