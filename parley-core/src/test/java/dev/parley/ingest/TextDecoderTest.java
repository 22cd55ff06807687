package dev.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private static TextDecoder.Decoded decoded(byte[] bytes) {
    return assertInstanceOf(TextDecoder.Decoded.class, TextDecoder.decode(bytes));
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  @Test
  void validUtf8IsReadAsItIsWithoutWarnings() {
    String text = "Envoys met in Genève \u2014 \u201Cprogress\u201D, said one. \uD83C\uDF0D";
    TextDecoder.Decoded d = decoded(text.getBytes(StandardCharsets.UTF_8));
    assertEquals(text, d.text());
    assertEquals(List.of(), d.warnings());
  }

  @Test
  void utf8ByteOrderMarkIsDropped() {
    byte[] b = concat(bytes(0xEF, 0xBB, 0xBF), "Talks resume".getBytes(StandardCharsets.UTF_8));
    TextDecoder.Decoded d = decoded(b);
    assertEquals("Talks resume", d.text());
    assertEquals(List.of(), d.warnings());
  }

  @Test
  void utf16WithEitherByteOrderMarkIsDecoded() {
    String text = "Ministers met \u201Cin good faith\u201D\r\nin Oslo.";
    byte[] le = concat(bytes(0xFF, 0xFE), text.getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(bytes(0xFE, 0xFF), text.getBytes(StandardCharsets.UTF_16BE));
    assertEquals("Ministers met \u201Cin good faith\u201D\nin Oslo.", decoded(le).text());
    assertEquals("Ministers met \u201Cin good faith\u201D\nin Oslo.", decoded(be).text());
    assertEquals(List.of(), decoded(le).warnings());
  }

  @Test
  void utf16WithoutByteOrderMarkIsRecognisedWithAWarning() {
    byte[] le = "Ceasefire holds in the north.".getBytes(StandardCharsets.UTF_16LE);
    TextDecoder.Decoded d = decoded(le);
    assertEquals("Ceasefire holds in the north.", d.text());
    assertEquals(List.of("no byte order mark; read as UTF-16LE"), d.warnings());
  }

  @Test
  void invalidUtf8IsReadAsWindows1252WithAWarning() {
    // 0x93 and 0x94 are Windows-1252 curly double quotes, 0x92 an apostrophe, 0x80 the euro sign.
    byte[] b =
        concat(
            bytes(0x93),
            "We won".getBytes(StandardCharsets.US_ASCII),
            bytes(0x92),
            "t back down,".getBytes(StandardCharsets.US_ASCII),
            bytes(0x94),
            " he said of the ".getBytes(StandardCharsets.US_ASCII),
            bytes(0x80),
            "2bn deal.".getBytes(StandardCharsets.US_ASCII));
    TextDecoder.Decoded d = decoded(b);
    assertEquals("\u201CWe won\u2019t back down,\u201D he said of the \u20AC2bn deal.", d.text());
    assertEquals(List.of(TextDecoder.NOT_UTF8), d.warnings());
    assertEquals("not valid UTF-8; read as Windows-1252", TextDecoder.NOT_UTF8);
  }

  @Test
  void latin1AccentsAndUnassignedWindows1252BytesAreKept() {
    byte[] b = bytes('S', 0xE3, 'o', ' ', 'P', 'a', 'u', 'l', 'o', ' ', 0x81);
    TextDecoder.Decoded d = decoded(b);
    assertEquals("S\u00E3o Paulo \u0081", d.text());
    assertEquals(List.of(TextDecoder.NOT_UTF8), d.warnings());
  }

  @Test
  void invalidUtf8AfterAByteOrderMarkFallsBackWithoutTheMark() {
    byte[] b =
        concat(bytes(0xEF, 0xBB, 0xBF), "caf".getBytes(StandardCharsets.US_ASCII), bytes(0xE9));
    TextDecoder.Decoded d = decoded(b);
    assertEquals("caf\u00E9", d.text());
    assertEquals(List.of(TextDecoder.NOT_UTF8), d.warnings());
  }

  @Test
  void lineEndingsAreNormalised() {
    byte[] b = "one\r\ntwo\rthree\nfour\u2028five".getBytes(StandardCharsets.UTF_8);
    assertEquals("one\ntwo\nthree\nfour\nfive", decoded(b).text());
  }

  @Test
  void emptyInputIsEmptyText() {
    TextDecoder.Decoded d = decoded(new byte[0]);
    assertEquals("", d.text());
    assertEquals(List.of(), d.warnings());
  }

  @Test
  void nulBytesMakeABinaryFile() {
    byte[] b = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 'I', 'H');
    TextDecoder.Rejected r = assertInstanceOf(TextDecoder.Rejected.class, TextDecoder.decode(b));
    assertEquals(TextDecoder.Reason.BINARY, r.reason());
    assertEquals("binary file (NUL bytes in the first 8 KB)", r.message());
  }

  @Test
  void manyControlCharactersMakeABinaryFile() {
    byte[] b = new byte[400];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i % 10 == 0 ? 0x01 : 'a');
    }
    TextDecoder.Rejected r = assertInstanceOf(TextDecoder.Rejected.class, TextDecoder.decode(b));
    assertEquals("binary file (40 control characters in the first 400)", r.message());
  }

  @Test
  void aStrayControlCharacterInLongTextIsKept() {
    String text = "The summit ended early.\u0007 ".repeat(20);
    TextDecoder.Decoded d = decoded(text.getBytes(StandardCharsets.UTF_8));
    assertEquals(text, d.text());
  }

  @Test
  void tabsFormFeedsAndEscapesAreNotControlNoise() {
    String text = "a\tb\fc\u001Bd\u000Be".repeat(50);
    assertEquals(text, decoded(text.getBytes(StandardCharsets.UTF_8)).text());
  }
}
