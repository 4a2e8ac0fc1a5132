/**
 * Runnable examples of the ua-opendata SDK and, for now, the main job that the README runs: read
 * a register of datasets, check its structure, and print a summary. Not an API module.
 */
package ua.opendata.examples;
