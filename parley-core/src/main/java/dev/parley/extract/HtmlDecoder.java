package dev.parley.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the raw bytes of an HTML page into text. The charset comes from, in this order: a byte
 * order mark, the HTTP {@code Content-Type} header given by the caller, a {@code <meta charset>} or
 * {@code <meta http-equiv="Content-Type">} in the head of the page. When the declared charset does
 * not decode the bytes cleanly (or none is declared), the bytes decide: UTF-8 when they are valid
 * UTF-8, else windows-1252; a declaration that was overruled is reported as a warning.
 */
public final class HtmlDecoder {

  /** How far into the page a meta charset declaration is looked for. */
  static final int META_SCAN_BYTES = 8192;

  private static final Pattern HEADER_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern META_TAG =
      Pattern.compile("<meta\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern META_CHARSET_ATTR =
      Pattern.compile("\\bcharset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private HtmlDecoder() {}

  /** Where the charset used came from. */
  public enum Source {
    BOM,
    HTTP_HEADER,
    META,
    DETECTED
  }

  /**
   * The decoded page.
   *
   * @param text the page as text, without a byte order mark
   * @param charset the charset used
   * @param source where that charset came from
   * @param warnings declarations that were wrong or unknown, in words
   */
  public record Decoded(String text, Charset charset, Source source, List<String> warnings) {
    public Decoded {
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * Decodes {@code bytes}.
   *
   * @param bytes the raw page
   * @param contentType the HTTP {@code Content-Type} header value, or null when there was none
   */
  public static Decoded decode(byte[] bytes, String contentType) {
    if (bytes == null) {
      throw new IllegalArgumentException("bytes must not be null");
    }
    List<String> warnings = new ArrayList<>();
    Decoded bom = fromBom(bytes);
    if (bom != null) {
      return bom;
    }
    String headerName = contentType == null ? null : firstGroup(HEADER_CHARSET, contentType);
    if (headerName != null) {
      Decoded d = tryDeclared(bytes, headerName, Source.HTTP_HEADER, warnings);
      if (d != null) {
        return d;
      }
    }
    String metaName = metaCharset(bytes);
    if (metaName != null) {
      Decoded d = tryDeclared(bytes, metaName, Source.META, warnings);
      if (d != null) {
        return d;
      }
    }
    return detect(bytes, warnings);
  }

  private static Decoded fromBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return bomDecoded(b, 3, StandardCharsets.UTF_8);
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return bomDecoded(b, 2, StandardCharsets.UTF_16BE);
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return bomDecoded(b, 2, StandardCharsets.UTF_16LE);
    }
    return null;
  }

  private static Decoded bomDecoded(byte[] b, int skip, Charset cs) {
    return new Decoded(new String(b, skip, b.length - skip, cs), cs, Source.BOM, List.of());
  }

  /** Decodes with a declared charset; null (and a warning) when the declaration does not hold. */
  private static Decoded tryDeclared(
      byte[] bytes, String name, Source source, List<String> warnings) {
    String where = source == Source.HTTP_HEADER ? "HTTP header" : "meta tag";
    Charset cs = lookup(name);
    if (cs == null) {
      warnings.add("unknown charset '" + name + "' in " + where);
      return null;
    }
    if (isSingleByteLatin(cs)) {
      // A Latin label on bytes that are valid multi-byte UTF-8 is a wrong label: real Latin text
      // almost never forms valid UTF-8 sequences.
      if (hasNonAscii(bytes) && strictDecode(bytes, StandardCharsets.UTF_8) != null) {
        warnings.add("charset " + cs.name() + " in " + where + " is wrong: the bytes are UTF-8");
        return new Decoded(
            new String(bytes, StandardCharsets.UTF_8),
            StandardCharsets.UTF_8,
            Source.DETECTED,
            warnings);
      }
      return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, source, warnings);
    }
    String text = strictDecode(bytes, cs);
    if (text == null) {
      warnings.add("charset " + cs.name() + " in " + where + " does not decode the bytes");
      return null;
    }
    return new Decoded(text, cs, source, warnings);
  }

  private static Decoded detect(byte[] bytes, List<String> warnings) {
    String utf8 = strictDecode(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return new Decoded(utf8, StandardCharsets.UTF_8, Source.DETECTED, warnings);
    }
    return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, Source.DETECTED, warnings);
  }

  /** Latin-1 and ASCII labels mean windows-1252 on the web. */
  private static Charset lookup(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    if (n.equals("iso-8859-1")
        || n.equals("latin1")
        || n.equals("us-ascii")
        || n.equals("ascii")
        || n.equals("windows-1252")
        || n.equals("cp1252")
        || n.equals("iso8859-1")) {
      return WINDOWS_1252;
    }
    if (n.equals("utf8")) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(n);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static boolean isSingleByteLatin(Charset cs) {
    return cs.equals(WINDOWS_1252);
  }

  private static boolean hasNonAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  /** The text, or null when the bytes are not valid in {@code cs}. */
  static String strictDecode(byte[] bytes, Charset cs) {
    CharsetDecoder dec =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer out = dec.decode(ByteBuffer.wrap(bytes));
      return out.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** The charset named by the first meta tag that names one, within the page's head bytes. */
  static String metaCharset(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher tags = META_TAG.matcher(head);
    while (tags.find()) {
      String tag = tags.group();
      String lower = tag.toLowerCase(Locale.ROOT);
      if (lower.contains("charset")
          && (!lower.contains("http-equiv") || lower.contains("content-type"))) {
        String name = firstGroup(META_CHARSET_ATTR, tag);
        if (name != null) {
          return name;
        }
      }
    }
    return null;
  }

  private static String firstGroup(Pattern p, String s) {
    Matcher m = p.matcher(s);
    return m.find() ? m.group(1) : null;
  }
}
