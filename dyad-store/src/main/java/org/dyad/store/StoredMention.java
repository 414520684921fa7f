package org.dyad.store;

import java.util.List;

import org.dyad.factuality.Factuality;

/**
 * One mention of a stored event in one article. Offsets are UTF-16 char offsets into the article body.
 *
 * @param id              mention id
 * @param eventId         the event it mentions
 * @param articleId       the article
 * @param sentence        sentence index, from 0
 * @param sentenceBegin   start of the sentence
 * @param sentenceEnd     end of the sentence
 * @param code            the CAMEO code of this mention
 * @param trigger         the predicate as written
 * @param triggerBegin    its start
 * @param triggerEnd      its end
 * @param sourceText      the source as written
 * @param sourceBegin     its start
 * @param sourceEnd       its end
 * @param targetText      the target as written, or null
 * @param targetBegin     its start, or null
 * @param targetEnd       its end, or null
 * @param factuality      how this mention presents the event
 * @param attributionText who says so, as written, or null
 * @param attributionCode their code, or null
 * @param date            this mention's date (ISO at its precision), or null
 * @param dateText        the time expression, or null
 * @param placeText       the place as written, or null
 * @param placeBegin      its start, or null
 * @param placeEnd        its end, or null
 * @param confidence      how sure the resolution is, from 0 to 1 (see {@link Confidence})
 * @param evidence        the sentence
 * @param via             the rules and dictionary entries behind it
 */
public record StoredMention(long id, long eventId, String articleId, int sentence, int sentenceBegin,
                            int sentenceEnd, String code, String trigger, int triggerBegin, int triggerEnd,
                            String sourceText, int sourceBegin, int sourceEnd, String targetText,
                            Integer targetBegin, Integer targetEnd, Factuality factuality, String attributionText,
                            String attributionCode, String date, String dateText, String placeText,
                            Integer placeBegin, Integer placeEnd, double confidence, String evidence,
                            List<String> via) {
    public StoredMention {
        via = List.copyOf(via);
    }
}
