package org.dyad.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Main text, title and publication date of an HTML page, without navigation, scripts or boilerplate. Thread-safe. */
public final class HtmlText {
    private static final String CLUTTER = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, "
            + "button, figure figcaption, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], "
            + ".advert, .ad, .ads, .advertisement, .share, .social, .related, .newsletter, .comments, .cookie";
    private static final String BLOCKS = "p, h2, h3, h4, li, blockquote, pre";
    private static final String[] DATE_META = {
        "meta[property=article:published_time]", "meta[name=article:published_time]", "meta[name=date]",
        "meta[name=pubdate]", "meta[name=publish-date]", "meta[itemprop=datePublished]", "meta[name=dc.date]",
        "meta[name=DC.date.issued]", "time[datetime]"};

    /**
     * What a page holds.
     *
     * @param title its headline (the first {@code h1}, else the {@code title}), or empty
     * @param text  its main text, paragraphs separated by newlines
     * @param date  its publication date from the metadata, or null
     */
    public record Page(String title, String text, LocalDate date) {
    }

    private HtmlText() {
    }

    /** Reads a page; {@code baseUri} resolves its relative links (may be empty). */
    public static Page parse(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri);
        LocalDate date = metaDate(doc);
        String title = doc.title().strip();
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            title = h1.text().strip();
        }
        doc.select(CLUTTER).remove();
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.selectFirst("main");
        }
        if (root == null) {
            root = doc.body();
        }
        List<String> paragraphs = new ArrayList<>();
        if (root != null) {
            for (Element block : root.select(BLOCKS)) {
                if (block.parents().stream().anyMatch(p -> p.is(BLOCKS))) {
                    continue;
                }
                String t = block.text().strip();
                if (!t.isEmpty()) {
                    paragraphs.add(t);
                }
            }
            if (paragraphs.isEmpty()) {
                String t = root.text().strip();
                if (!t.isEmpty()) {
                    paragraphs.add(t);
                }
            }
        }
        return new Page(title, String.join("\n", paragraphs), date);
    }

    private static LocalDate metaDate(Document doc) {
        for (String selector : DATE_META) {
            Element e = doc.selectFirst(selector);
            if (e == null) {
                continue;
            }
            String v = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
            if (v.length() >= 10) {
                try {
                    return LocalDate.parse(v.substring(0, 10));
                } catch (DateTimeParseException ignored) {
                    // not an ISO date: try the next source
                }
            }
        }
        return null;
    }
}
