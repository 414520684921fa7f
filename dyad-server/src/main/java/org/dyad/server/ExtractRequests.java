package org.dyad.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.javalin.http.Context;

import org.dyad.ingest.Article;
import org.dyad.ingest.HtmlText;
import org.dyad.store.EventStore;

/**
 * Reads the body of {@code POST /api/extract}: a JSON object {@code {text | html, title?, date?, lang?, id?}},
 * or plain text or HTML with {@code date}, {@code lang} and {@code title} as query parameters. A body over
 * the limit is a 413 before it is read whole. Thread-safe.
 */
final class ExtractRequests {
    private static final Set<String> FIELDS = Set.of("text", "html", "title", "date", "lang", "id");
    private static final Set<String> QUERY = Set.of("title", "date", "lang", "id");

    /** The article to code and the date to resolve its relative dates against when it gives none. */
    record Request(Article article, LocalDate defaultDate) {
    }

    private final int maxBytes;

    ExtractRequests(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    Request read(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        String mime = type.contains(";") ? type.substring(0, type.indexOf(';')).strip() : type.strip();
        String body = body(ctx);
        return switch (mime) {
            case "application/json" -> {
                Params.of(ctx, Set.of());
                yield fromJson(body);
            }
            case "text/plain", "text/html" -> {
                Params p = Params.of(ctx, QUERY);
                yield build(mime.equals("text/html") ? null : body, mime.equals("text/html") ? body : null,
                        p.string("title"), p.string("date"), p.string("lang"), p.string("id"), "query parameter");
            }
            default -> throw new ApiException(415, "send application/json, text/plain or text/html, not '"
                    + (mime.isEmpty() ? "no content type" : mime) + "'");
        };
    }

    private String body(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge();
        }
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new ApiException(400, "cannot read the request body", e);
        }
        if (bytes.length > maxBytes) {
            throw tooLarge();
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ApiException(400, "the request body is not valid UTF-8", e);
        }
    }

    private ApiException tooLarge() {
        return new ApiException(413, "the request body is larger than " + maxBytes + " bytes");
    }

    private static Request fromJson(String body) {
        JsonNode o;
        try {
            o = ApiJson.JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "the body is not valid JSON: " + e.getOriginalMessage());
        }
        if (o == null || !o.isObject()) {
            throw new ApiException(400, "the body must be a JSON object with 'text' or 'html'");
        }
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw new ApiException(400, "field '" + f + "': unknown field (known: date, html, id, lang, text, "
                        + "title)");
            }
            if (!o.get(f).isTextual() && !o.get(f).isNull()) {
                throw new ApiException(400, "field '" + f + "': must be a string");
            }
        }
        return build(text(o, "text"), text(o, "html"), text(o, "title"), text(o, "date"), text(o, "lang"),
                text(o, "id"), "field");
    }

    private static String text(JsonNode o, String f) {
        JsonNode v = o.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Request build(String text, String html, String title, String date, String lang, String id,
                                 String kind) {
        if (text != null && html != null) {
            throw new ApiException(400, "give 'text' or 'html', not both");
        }
        LocalDate day = parseDate(kind, date);
        String body = text;
        String head = title;
        if (html != null) {
            HtmlText.Page page = HtmlText.parse(html, "");
            body = page.text();
            head = title != null ? title : page.title();
            if (day == null) {
                day = page.date();
            }
        }
        if (body == null || body.isBlank()) {
            throw new ApiException(400, kind + " '" + (html != null ? "html" : "text") + "': no text to read");
        }
        if (lang != null && !lang.strip().matches("[a-zA-Z]{2}")) {
            throw new ApiException(400, kind + " 'lang': must be a two-letter ISO 639-1 code, not '" + lang + "'");
        }
        String l = lang == null || lang.isBlank() ? null : lang.strip().toLowerCase(Locale.ROOT);
        Article draft = new Article("request", head, body, day, l, null, null, "request");
        String articleId = id == null || id.isBlank() ? "api-" + EventStore.contentHash(draft).substring(0, 16)
                : id.strip();
        return new Request(new Article(articleId, head, body, day, l, null, null, "request"), day);
    }

    private static LocalDate parseDate(String kind, String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ApiException(400, kind + " 'date': not a date of the form YYYY-MM-DD: '" + s + "'");
        }
    }
}
