/**
 * Where the domain comes together: the Resolution-835 rulebook, compliance reports, the
 * passport-to-portal mapping and the publish and audit workflows, built on the passport model and
 * the CKAN client.
 */
@NullMarked
package ua.opendata.core;

import org.jspecify.annotations.NullMarked;
