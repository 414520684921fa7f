package org.dyad.store;

/**
 * The events from one actor to another in a period, for an actor network.
 *
 * @param source         source code (country where known, else actor code)
 * @param target         target code, likewise
 * @param events         number of events
 * @param cooperation    events of quad classes 1 and 2
 * @param conflict       events of quad classes 3 and 4
 * @param goldstein      sum of Goldstein scores
 */
public record DyadSummary(String source, String target, int events, int cooperation, int conflict,
                          double goldstein) {
}
