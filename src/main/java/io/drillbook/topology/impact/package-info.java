/**
 * What fails, after which grace period, and what keeps running when an element fails; the
 * protection plan reads it to say how each unit struck is recovered.
 */
@NamedInterface("impact")
package io.drillbook.topology.impact;

import org.springframework.modulith.NamedInterface;
