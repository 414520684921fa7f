package org.dyad.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Objects;

/** A date at its precision: a day, an ISO week, a month or a year. */
public record TimeValue(LocalDate start, Precision precision) {

    /** How precise a time value is. */
    public enum Precision { DAY, WEEK, MONTH, YEAR }

    public TimeValue {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(precision, "precision");
        start = switch (precision) {
            case DAY -> start;
            case WEEK -> start.with(java.time.DayOfWeek.MONDAY);
            case MONTH -> start.withDayOfMonth(1);
            case YEAR -> start.withDayOfYear(1);
        };
    }

    public static TimeValue day(LocalDate d) {
        return new TimeValue(d, Precision.DAY);
    }

    public static TimeValue week(LocalDate d) {
        return new TimeValue(d, Precision.WEEK);
    }

    public static TimeValue month(int year, int month) {
        return new TimeValue(LocalDate.of(year, month, 1), Precision.MONTH);
    }

    public static TimeValue year(int year) {
        return new TimeValue(LocalDate.of(year, 1, 1), Precision.YEAR);
    }

    /** The last day of the period. */
    public LocalDate end() {
        return switch (precision) {
            case DAY -> start;
            case WEEK -> start.plusDays(6);
            case MONTH -> start.withDayOfMonth(start.lengthOfMonth());
            case YEAR -> start.withDayOfYear(start.lengthOfYear());
        };
    }

    /** Whether the period contains a day. */
    public boolean contains(LocalDate d) {
        return !d.isBefore(start) && !d.isAfter(end());
    }

    /** ISO 8601 at the value's precision: 2024-06-13, 2024-W25, 2024-06, 2024. */
    public String iso() {
        return switch (precision) {
            case DAY -> start.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
            case YEAR -> String.valueOf(start.getYear());
        };
    }

    /** Parses the ISO forms written by {@link #iso()}; returns null for anything else. */
    public static TimeValue parse(String s) {
        if (s == null) {
            return null;
        }
        try {
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return day(LocalDate.parse(s));
            }
            if (s.matches("\\d{4}-W\\d{2}")) {
                int y = Integer.parseInt(s.substring(0, 4));
                int w = Integer.parseInt(s.substring(6));
                LocalDate d = LocalDate.of(y, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, w);
                return week(d);
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                return month(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5)));
            }
            if (s.matches("\\d{4}")) {
                return year(Integer.parseInt(s));
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    @Override
    public String toString() {
        return iso();
    }
}
