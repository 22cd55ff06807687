/**
 * Following RSS and Atom feeds for {@code parley watch}: {@link dev.parley.feeds.FeedReader}, the
 * polite fetcher (robots.txt, one request at a time per host), the feed state kept in the data
 * directory, and {@link dev.parley.feeds.Watch}, the poll loop. Each new page is handed on as a
 * {@code RawDocument}; what becomes of it is the caller's. May use {@code ingest}, {@code time} and
 * {@code text}; never {@code cli}.
 */
package dev.parley.feeds;
