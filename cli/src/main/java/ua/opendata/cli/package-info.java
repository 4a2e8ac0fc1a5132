/**
 * The {@code opendata} command-line tool: {@code validate} a register of datasets against
 * Resolution No. 835 and write the reports, re-render a {@code report} in another language, and
 * {@code harvest} a CKAN portal to JSON Lines, {@code plan} and {@code publish} a register to a portal. {@link ua.opendata.cli.OpendataCommand} is the
 * entry point; the rest is package-private. Help and messages are in Ukrainian and English
 * ({@code Messages*.properties} next to these classes). Not an API package.
 */
@NullMarked
package ua.opendata.cli;

import org.jspecify.annotations.NullMarked;
