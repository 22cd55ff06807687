package dev.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlDecoderTest {

  private static final Charset CP1252 = Charset.forName("windows-1252");
  private static final String BODY = "<p>Café crème à São Paulo — “quoted”</p>";

  private static byte[] page(String metaCharset, Charset encoding) {
    String meta = metaCharset == null ? "" : "<meta charset=\"" + metaCharset + "\">";
    return ("<html><head>" + meta + "</head><body>" + BODY + "</body></html>").getBytes(encoding);
  }

  @Test
  void byteOrderMarkWinsOverEverything() {
    byte[] utf16 =
        ("\uFEFF<html><head><meta charset=\"windows-1252\"></head><body>" + BODY + "</body></html>")
            .getBytes(StandardCharsets.UTF_16LE);
    HtmlDecoder.Decoded d = HtmlDecoder.decode(utf16, "text/html; charset=iso-8859-1");
    assertEquals(HtmlDecoder.Source.BOM, d.source());
    assertEquals(StandardCharsets.UTF_16LE, d.charset());
    assertTrue(d.text().startsWith("<html>") && d.text().contains(BODY), d.text());
  }

  @Test
  void httpHeaderBeforeMeta() {
    byte[] bytes = page("utf-8", CP1252);
    HtmlDecoder.Decoded d = HtmlDecoder.decode(bytes, "text/html; charset=\"windows-1252\"");
    assertEquals(HtmlDecoder.Source.HTTP_HEADER, d.source());
    assertTrue(d.text().contains(BODY));
    assertEquals(List.of(), d.warnings());
  }

  @Test
  void metaCharsetUsedWithoutHeader() {
    byte[] bytes =
        ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">"
                + "</head><body>Привет</body></html>")
            .getBytes(Charset.forName("KOI8-R"));
    HtmlDecoder.Decoded d = HtmlDecoder.decode(bytes, null);
    assertEquals(HtmlDecoder.Source.META, d.source());
    assertEquals("KOI8-R", d.charset().name());
    assertTrue(d.text().contains("Привет"));
  }

  @Test
  void wrongUtf8DeclarationIsDetectedAndWarned() {
    byte[] bytes = page("utf-8", CP1252);
    HtmlDecoder.Decoded d = HtmlDecoder.decode(bytes, null);
    assertEquals(HtmlDecoder.Source.DETECTED, d.source());
    assertBodyIn(d, CP1252, "charset UTF-8 in meta tag does not decode the bytes");
  }

  @Test
  void latinLabelOnUtf8BytesIsOverruled() {
    byte[] bytes = page("iso-8859-1", StandardCharsets.UTF_8);
    assertBodyIn(
        HtmlDecoder.decode(bytes, "text/html"),
        StandardCharsets.UTF_8,
        "charset windows-1252 in meta tag is wrong: the bytes are UTF-8");
  }

  /**
   * The page decoded with {@code charset} to text holding the body, with exactly these warnings.
   */
  private static void assertBodyIn(
      HtmlDecoder.Decoded d, java.nio.charset.Charset charset, String... warnings) {
    assertEquals(charset, d.charset());
    assertTrue(d.text().contains(BODY));
    assertEquals(List.of(warnings), d.warnings());
  }

  @Test
  void unknownCharsetNameIsWarnedThenDetected() {
    byte[] bytes = page("no-such-charset", StandardCharsets.UTF_8);
    HtmlDecoder.Decoded d = HtmlDecoder.decode(bytes, "text/html; charset=bogus");
    assertEquals(StandardCharsets.UTF_8, d.charset());
    assertEquals(
        List.of(
            "unknown charset 'bogus' in HTTP header",
            "unknown charset 'no-such-charset' in meta tag"),
        d.warnings());
  }

  @Test
  void undeclaredBytesAreDetected() {
    assertEquals(
        StandardCharsets.UTF_8,
        HtmlDecoder.decode(page(null, StandardCharsets.UTF_8), null).charset());
    HtmlDecoder.Decoded latin = HtmlDecoder.decode(page(null, CP1252), null);
    assertEquals(CP1252, latin.charset());
    assertTrue(latin.text().contains(BODY));
    assertEquals(List.of(), latin.warnings());
  }

  @Test
  void emptyAndNull() {
    assertEquals("", HtmlDecoder.decode(new byte[0], null).text());
    assertThrows(IllegalArgumentException.class, () -> HtmlDecoder.decode(null, null));
  }
}
