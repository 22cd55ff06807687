package dev.parley.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Something a {@link Stage} reads that shapes its output: a built-in data file on the class path, a
 * user's file, or a setting. Its bytes go into {@link Pipeline#version()}.
 *
 * @param name what it is, for messages ({@code /dev/parley/events/verbs.tsv}, a path, {@code nlp})
 * @param content reads its bytes (when the version is computed)
 */
public record Knowledge(String name, Supplier<byte[]> content) {
  public Knowledge {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
  }

  /** A built-in data file at an absolute class-path resource name ({@code /dev/parley/...}). */
  public static Knowledge resource(String resource) {
    if (!resource.startsWith("/")) {
      throw new IllegalArgumentException("resource must be absolute (start with /): " + resource);
    }
    return new Knowledge(
        resource,
        () -> {
          try (InputStream in = Knowledge.class.getResourceAsStream(resource)) {
            if (in == null) {
              throw new IllegalStateException(
                  "knowledge file " + resource + " is not on the class path");
            }
            return in.readAllBytes();
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read knowledge file " + resource, e);
          }
        });
  }

  /** A user's file ({@code --dict}, {@code --lexicon}, {@code DATA/dictionaries/}). */
  public static Knowledge file(Path file) {
    return new Knowledge(
        file.toString(),
        () -> {
          try {
            return Files.readAllBytes(file);
          } catch (IOException e) {
            throw new UncheckedIOException(
                "cannot read knowledge file " + file + ": " + e.getMessage(), e);
          }
        });
  }

  /** A setting that changes the output (the NLP preset), by its printed form. */
  public static Knowledge setting(String name, Object value) {
    String text = String.valueOf(value);
    return new Knowledge(name, () -> text.getBytes(StandardCharsets.UTF_8));
  }
}
