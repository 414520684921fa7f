package org.dyad.store;

import java.time.LocalDate;

/**
 * Events of one period of a timeline.
 *
 * @param start             first day of the period
 * @param label             the period in ISO form (2024-06-10, 2024-W24, 2024-06, 2024)
 * @param verbalCooperation events of quad class 1
 * @param materialCooperation events of quad class 2
 * @param verbalConflict    events of quad class 3
 * @param materialConflict  events of quad class 4
 * @param goldstein         sum of their Goldstein scores
 */
public record TimelineBucket(LocalDate start, String label, int verbalCooperation, int materialCooperation,
                             int verbalConflict, int materialConflict, double goldstein) {
    /** All events of the period. */
    public int total() {
        return verbalCooperation + materialCooperation + verbalConflict + materialConflict;
    }
}
