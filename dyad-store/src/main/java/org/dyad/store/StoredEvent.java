package org.dyad.store;

import java.time.LocalDate;
import java.util.List;

import org.dyad.factuality.Factuality;
import org.dyad.time.TimeValue;

/**
 * One distinct event of the store, with what its mentions add up to.
 *
 * @param id            event id
 * @param sourceCode    source actor code ("PRKGOV")
 * @param sourceName    the source as first written
 * @param sourceCountry its country, or null
 * @param targetCode    target actor code, or null
 * @param targetName    the target as first written, or null
 * @param targetCountry its country, or null
 * @param code          CAMEO code
 * @param root          CAMEO root
 * @param name          CAMEO name
 * @param quadClass     1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param goldstein     Goldstein score
 * @param plover        PLOVER event type
 * @param factuality    combined over the mentions
 * @param date          the most precise date a mention gives, or null
 * @param day           the day it is counted on: its date's first day, else the first article's date
 * @param place         where, or null
 * @param firstSeen     date of the first article that mentions it
 * @param firstArticle  id of that article
 * @param sourceUrl     its address, or null
 * @param mentions      number of mentions
 * @param articles      number of articles
 * @param outlets       the outlets that report it
 */
public record StoredEvent(long id, String sourceCode, String sourceName, String sourceCountry, String targetCode,
                          String targetName, String targetCountry, String code, String root, String name,
                          int quadClass, double goldstein, String plover, Factuality factuality, TimeValue date,
                          LocalDate day, StoredPlace place, LocalDate firstSeen, String firstArticle,
                          String sourceUrl, int mentions, int articles, List<String> outlets) {
    public StoredEvent {
        outlets = List.copyOf(outlets);
    }
}
