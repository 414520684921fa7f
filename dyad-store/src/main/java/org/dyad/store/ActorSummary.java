package org.dyad.store;

/**
 * An actor code as the store knows it.
 *
 * @param code    actor code ("PRKGOV")
 * @param country its country, or null
 * @param name    the name most often written for it
 * @param events  events it is source or target of
 */
public record ActorSummary(String code, String country, String name, int events) {
}
