/**
 * The HTML extractor used by the clean stage for web pages ({@link
 * dev.parley.extract.HtmlExtractor}): main content, structured data (JSON-LD, meta), title, byline,
 * date, language and URL, from hostile markup (depth guard, size cut, charset detection in {@link
 * dev.parley.extract.HtmlDecoder}). May use {@code time} and {@code text}, and jsoup.
 */
package dev.parley.extract;
