/**
 * Runnable example programs: each class has a {@code main} and a static {@code run(...)} method that
 * takes its inputs (portal URL, API key, paths, output stream) so that a test can call it. They show
 * the main jobs with the SDK: validate a register, harvest a portal to JSON Lines, plan and publish a
 * register, audit a publisher, upload a large file. Each {@code main} hands its arguments to a package-private
 * {@code launch(String[], Console)}, which tests call with the same arguments. Not an API package.
 */
@NullMarked
package ua.opendata.examples.samples;

import org.jspecify.annotations.NullMarked;
