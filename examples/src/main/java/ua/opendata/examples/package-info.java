/**
 * Runnable examples of the ua-opendata SDK. The main job that the README runs, and the rest of the
 * {@code opendata} command-line tool, live in {@link ua.opendata.examples.cli}. Not an API module.
 */
package ua.opendata.examples;
