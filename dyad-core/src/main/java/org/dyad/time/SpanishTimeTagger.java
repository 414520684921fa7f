package org.dyad.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dyad.data.TsvFile;
import org.dyad.text.Fold;

/**
 * Finds Spanish time expressions in a text and resolves them against the article date at their true precision:
 * dates ("13 de junio de 2024", "Abr 9"), months ("abril de 2019", "septiembre pasado", "a finales de mayo",
 * "septiembre del año pasado"), weeks ("la próxima semana"), years ("el año pasado", "en 2019"), days relative
 * to the article ("ayer", "este domingo", "el lunes"). Where a bare month or weekday could be past or future,
 * {@code future} (from the verb's tense) decides. Immutable and thread-safe.
 */
public final class SpanishTimeTagger {
    private static final String RESOURCE = "org/dyad/time/es/calendar.tsv";

    private final Map<String, Integer> months = new HashMap<>();
    private final Map<String, Integer> abbreviations = new HashMap<>();
    private final Map<String, Integer> weekdays = new HashMap<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<Rule> rules = new ArrayList<>();

    /** A pattern with its resolver. */
    private record Rule(String name, Pattern pattern, Resolver resolver) {
    }

    @FunctionalInterface
    private interface Resolver {
        TimeValue resolve(Matcher m, LocalDate anchor, boolean future);
    }

    public SpanishTimeTagger() {
        for (TsvFile.Row row : TsvFile.readResource(RESOURCE, 3)) {
            int value;
            try {
                value = Integer.parseInt(row.get(2));
            } catch (NumberFormatException e) {
                throw row.error("value must be a number");
            }
            switch (row.get(1)) {
                case "month" -> months.put(Fold.fold(row.get(0)), value);
                case "month-abbr" -> abbreviations.put(Fold.fold(row.get(0)), value);
                case "weekday" -> weekdays.put(Fold.fold(row.get(0)), value);
                case "number" -> numbers.put(Fold.fold(row.get(0)), value);
                default -> throw row.error("kind must be month, month-abbr, weekday or number");
            }
        }
        java.util.Set<String> anyMonth = new java.util.HashSet<>(months.keySet());
        anyMonth.addAll(abbreviations.keySet());
        String month = alternation(anyMonth);
        String fullMonth = alternation(months.keySet());
        String weekday = alternation(weekdays.keySet());
        String next = "(?:pr[oó]xim[oa]|que viene|entrante)";
        String last = "(?:pasad[oa]|anterior)";
        // Order matters: longer, more specific expressions first; matches may not overlap.
        add("day-month-year", "\\b(\\d{1,2})(?: de)? (" + fullMonth + ")(?: de(?:l(?: año)?)?)? (\\d{4})\\b",
                (m, a, f) -> TimeValue.day(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)),
                        Integer.parseInt(m.group(1)))));
        add("month-year", "\\b(?:(?:a )?(?:principios|mediados|finales|fines) de )?(" + fullMonth
                + ")(?: de(?:l(?: año)?)?)? (\\d{4})\\b",
                (m, a, f) -> TimeValue.month(Integer.parseInt(m.group(2)), month(m.group(1))));
        add("month-last-year", "\\b(" + fullMonth + ") del año pasado\\b",
                (m, a, f) -> TimeValue.month(a.getYear() - 1, month(m.group(1))));
        // "el lunes 10 de diciembre" is that day, not the coming Monday; "el pasado 8 de agosto", "el 16 de
        // diciembre pasado": a word for past or coming decides.
        add("day-month", "\\b(?:(?:el|este|del|al) )?(?:(?:" + weekday + ") )?(?:(" + last + "|" + next
                + ") )?(\\d{1,2}) de (" + fullMonth + ")(?: (" + last + "|" + next + ")\\b)?\\b",
                (m, a, f) -> {
                    String side = m.group(1) != null ? m.group(1) : m.group(4);
                    return dayNear(a, month(m.group(3)), Integer.parseInt(m.group(2)),
                            side != null ? !isLast(side) : f);
                });
        add("dateline", "(?:^|\\n)[^\\n,]{2,40}, (" + month + ")\\.? (\\d{1,2})\\b",
                (m, a, f) -> dayNear(a, month(m.group(1)), Integer.parseInt(m.group(2)), false));
        add("dateline-dm", "(?:^|\\n)[^\\n,]{2,40}, (\\d{1,2}) (" + month + ")\\.? \\(",
                (m, a, f) -> dayNear(a, month(m.group(2)), Integer.parseInt(m.group(1)), false));
        add("month-relative", "\\b(" + fullMonth + ") (" + last + "|" + next + ")\\b",
                (m, a, f) -> monthNear(a, month(m.group(1)), !isLast(m.group(2))));
        add("month-part", "\\b(?:a )?(?:principios|mediados|finales|fines) de (" + fullMonth + ")\\b",
                (m, a, f) -> monthNear(a, month(m.group(1)), f));
        add("in-month", "\\b(?:en|desde|hasta|durante|para) (" + fullMonth + ")\\b",
                (m, a, f) -> monthNear(a, month(m.group(1)), f));
        add("of-month", "\\b(?:de) (" + fullMonth + ")\\b(?! de)",
                (m, a, f) -> monthNear(a, month(m.group(1)), f));
        add("week-relative", "\\b(?:la )?(?:(" + next + "|" + last + ") semana|semana (" + next + "|" + last
                + "))\\b", (m, a, f) -> TimeValue.week(a.plusWeeks(
                        isLast(m.group(1) != null ? m.group(1) : m.group(2)) ? -1 : 1)));
        add("this-week", "\\besta semana\\b", (m, a, f) -> TimeValue.week(a));
        add("month-rel-word", "\\b(?:el )?(?:(" + next + "|" + last + ") mes|mes (" + next + "|" + last + "))\\b",
                (m, a, f) -> {
                    LocalDate d = a.plusMonths(isLast(m.group(1) != null ? m.group(1) : m.group(2)) ? -1 : 1);
                    return TimeValue.month(d.getYear(), d.getMonthValue());
                });
        add("this-month", "\\beste mes\\b", (m, a, f) -> TimeValue.month(a.getYear(), a.getMonthValue()));
        add("year-relative", "\\b(?:el )?(?:(" + next + "|" + last + ") año|año (" + next + "|" + last + "))\\b",
                (m, a, f) -> TimeValue.year(a.getYear()
                        + (isLast(m.group(1) != null ? m.group(1) : m.group(2)) ? -1 : 1)));
        add("this-year", "\\beste año\\b", (m, a, f) -> TimeValue.year(a.getYear()));
        add("year", "\\b(?:en|de|desde|hasta|durante|para) (?:el año )?((?:19|20)\\d{2})\\b",
                (m, a, f) -> TimeValue.year(Integer.parseInt(m.group(1))));
        // "hace dos semanas", "hace tres días", "dentro de un mes": a span back from, or on from, the article's
        // date, at the precision of its unit ("desde hace dos años" is a duration, not a time; "el atentado de hace
        // dos días" dates a noun, not the clause's act).
        String count = "(\\d{1,3}|" + alternation(numbers.keySet()) + ")";
        String unit = "(d[ií]as?|semanas?|mes(?:es)?|años?)";
        add("ago", "(?<!desde )(?<!de )\\bhace " + count + " " + unit + "\\b",
                (m, a, f) -> span(a, -count(m.group(1)), m.group(2)));
        add("from-now", "\\bdentro de " + count + " " + unit + "\\b",
                (m, a, f) -> span(a, count(m.group(1)), m.group(2)));
        add("today", "\\b(?:hoy|este día)\\b", (m, a, f) -> TimeValue.day(a));
        add("yesterday", "\\b(anteayer|antier|ayer)\\b",
                (m, a, f) -> TimeValue.day(a.minusDays(m.group(1).equals("ayer") ? 1 : 2)));
        add("tomorrow", "\\b(?:pasado )?mañana\\b(?! por| en)(?<!la mañana)",
                (m, a, f) -> TimeValue.day(a.plusDays(m.group().startsWith("pasado") ? 2 : 1)));
        // "a partir de las 00h00 del miércoles": a start named by its weekday is the coming one.
        add("weekday-from", "\\ba partir (?:de las? [0-9:.h]+ (?:horas? )?)?(?:del|de el) (" + weekday + ")\\b",
                (m, a, f) -> TimeValue.day(a.with(TemporalAdjusters.nextOrSame(
                        DayOfWeek.of(weekdays.get(Fold.fold(m.group(1))))))));
        // "el próximo martes", "el pasado miércoles", "el lunes último": a word for past or coming decides.
        String lastDay = "(?:pasad[oa]|anterior|[uú]ltim[oa])";
        add("weekday", "\\b(?:(?:este|el|del|al) )?(?:(" + lastDay + "|" + next + ") )?(" + weekday + ")(?: ("
                + lastDay + "|" + next + "))?\\b",
                (m, a, f) -> {
                    DayOfWeek dow = DayOfWeek.of(weekdays.get(Fold.fold(m.group(2))));
                    String side = m.group(1) != null ? m.group(1) : m.group(3);
                    boolean forward = side != null ? !isLast(side) : f;
                    return TimeValue.day(forward ? a.with(TemporalAdjusters.nextOrSame(dow))
                            : a.with(TemporalAdjusters.previousOrSame(dow)));
                });
    }

    private void add(String name, String regex, Resolver resolver) {
        rules.add(new Rule(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), resolver));
    }

    private static String alternation(Iterable<String> words) {
        List<String> list = new ArrayList<>();
        for (String w : words) {
            list.add(w);
        }
        list.sort((x, y) -> Integer.compare(y.length(), x.length()));
        StringBuilder sb = new StringBuilder();
        for (String w : list) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append(w.replace("e", "[eé]").replace("a", "[aá]"));
        }
        return sb.toString();
    }

    private int month(String word) {
        Integer m = months.getOrDefault(Fold.fold(word), abbreviations.get(Fold.fold(word)));
        if (m == null) {
            throw new IllegalStateException("unknown month " + word);
        }
        return m;
    }

    private int count(String word) {
        Integer n = numbers.get(Fold.fold(word));
        return n != null ? n : Integer.parseInt(word);
    }

    /** The day, week, month or year {@code n} units (days, weeks, months, years) from {@code anchor}. */
    private static TimeValue span(LocalDate anchor, int n, String unit) {
        String u = Fold.fold(unit);
        if (u.startsWith("dia")) {
            return TimeValue.day(anchor.plusDays(n));
        }
        if (u.startsWith("semana")) {
            return TimeValue.week(anchor.plusWeeks(n));
        }
        if (u.startsWith("mes")) {
            LocalDate d = anchor.plusMonths(n);
            return TimeValue.month(d.getYear(), d.getMonthValue());
        }
        return TimeValue.year(anchor.getYear() + n);
    }

    private static boolean isLast(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.startsWith("pasad") || w.startsWith("anterior") || w.startsWith("últim") || w.startsWith("ultim");
    }

    /** The month nearest the anchor in the given direction (the current month counts for both). */
    private static TimeValue monthNear(LocalDate anchor, int month, boolean future) {
        int year = anchor.getYear();
        if (future && month < anchor.getMonthValue()) {
            year++;
        } else if (!future && month > anchor.getMonthValue()) {
            year--;
        }
        return TimeValue.month(year, month);
    }

    private static TimeValue dayNear(LocalDate anchor, int month, int day, boolean future) {
        int year = anchor.getYear();
        LocalDate d = safeDate(year, month, day);
        if (d == null) {
            return null;
        }
        if (future && d.isBefore(anchor.minusDays(7))) {
            d = safeDate(year + 1, month, day);
        } else if (!future && d.isAfter(anchor.plusDays(7))) {
            d = safeDate(year - 1, month, day);
        }
        return d == null ? null : TimeValue.day(d);
    }

    private static LocalDate safeDate(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /**
     * The time expressions of a text segment.
     *
     * @param text   the article text
     * @param from   start of the segment (char offset)
     * @param to     end of the segment
     * @param anchor the article date
     * @param future whether ambiguous expressions should resolve forward
     */
    public List<TimeExpression> tag(String text, int from, int to, LocalDate anchor, boolean future) {
        List<TimeExpression> out = new ArrayList<>();
        if (anchor == null) {
            return out;
        }
        String segment = text.substring(from, to);
        boolean[] taken = new boolean[segment.length()];
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(segment);
            while (m.find()) {
                int b = m.start();
                int e = m.end();
                while (b < e && Character.isWhitespace(segment.charAt(b))) {
                    b++;
                }
                if (overlaps(taken, b, e)) {
                    continue;
                }
                TimeValue v;
                try {
                    v = rule.resolver().resolve(m, anchor, future);
                } catch (java.time.DateTimeException ex) {
                    v = null;
                }
                if (v == null) {
                    continue;
                }
                for (int i = b; i < e; i++) {
                    taken[i] = true;
                }
                out.add(new TimeExpression(segment.substring(b, e), from + b, from + e, v, rule.name()));
            }
        }
        out.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
        return out;
    }

    private static boolean overlaps(boolean[] taken, int b, int e) {
        for (int i = b; i < e; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }
}
