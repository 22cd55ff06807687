package dev.parley.clean;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * An article's identity: the first 16 hex digits of the SHA-256 of its normalised body. Normalising
 * (NFKC, typographic quotes and dashes folded, whitespace collapsed, lower case) makes two crawls
 * of the same text one article even when their whitespace or quote characters differ.
 */
public final class ArticleId {
  private ArticleId() {}

  public static String of(String body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] hash = sha.digest(normalise(body).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  static String normalise(String body) {
    String s = Normalizer.normalize(body, Normalizer.Form.NFKC);
    s =
        s.replaceAll("[\u2018\u2019\u201A\u201B\u2032]", "'")
            .replaceAll("[\u201C\u201D\u201E\u201F\u2033]", "\"")
            .replaceAll("[\u2010-\u2015\u2212]", "-");
    return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
