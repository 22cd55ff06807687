package dev.parley.format;

import java.util.function.Function;

/**
 * One named field of a record format: the JSONL key and CSV column. Its value is a String, Integer,
 * Double, Boolean, a List of Strings, or null.
 */
record Field<T>(String name, Function<T, Object> value) {}
