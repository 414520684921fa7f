package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.dyad.ingest.Article;
import org.dyad.ingest.ArticleSink;
import org.dyad.ingest.InputError;
import org.junit.jupiter.api.Test;

/** Order, failures and bounded memory of the batch, with a fake extraction instead of the models. */
class BatchExtractorTest {
    private static final LocalDate DAY = LocalDate.of(2024, 6, 13);

    private static Article article(int i) {
        return new Article("a" + i, "", "text of article " + i, DAY, "es", null, null, "in.jsonl:" + (i + 1));
    }

    private static Extraction extraction(Article a) {
        return new Extraction(a, "es", DAY, "input", a.text().length(), List.of());
    }

    private static Consumer<ArticleSink> articles(int n) {
        return sink -> {
            for (int i = 0; i < n; i++) {
                sink.article(article(i));
            }
        };
    }

    @Test
    void resultsComeInInputOrderEvenWhenLaterArticlesFinishFirst() throws InterruptedException {
        CountDownLatch laterDone = new CountDownLatch(1);
        List<String> finished = Collections.synchronizedList(new ArrayList<>());
        BatchExtractor batch = new BatchExtractor(a -> {
            if (a.id().equals("a0")) {
                try {
                    // a0 cannot finish before a5 has: the workers complete out of order.
                    assertThat(laterDone.await(30, TimeUnit.SECONDS)).isTrue();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            finished.add(a.id());
            if (a.id().equals("a5")) {
                laterDone.countDown();
            }
            return extraction(a);
        }, 3, 8);
        List<String> ids = new ArrayList<>();
        List<Long> indexes = new ArrayList<>();
        batch.run(articles(40), r -> {
            ids.add(((BatchExtractor.Extracted) r).extraction().article().id());
            indexes.add(r.index());
        });
        assertThat(finished.indexOf("a5")).isLessThan(finished.indexOf("a0"));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            expected.add("a" + i);
        }
        assertThat(ids).isEqualTo(expected);
        assertThat(indexes).first().isEqualTo(0L);
        assertThat(indexes).last().isEqualTo(39L);
        assertThat(finished).hasSize(40);
    }

    @Test
    void failuresAndUnreadableInputsKeepTheirPlaceAndTheBatchGoesOn() throws InterruptedException {
        BatchExtractor batch = new BatchExtractor(a -> {
            switch (a.id()) {
                case "a1" -> throw new ExtractionException("unsupported language 'en' (Dyad codes: es)");
                case "a3" -> throw new IllegalStateException("a defect");
                default -> {
                    return extraction(a);
                }
            }
        }, 2);
        List<BatchExtractor.Result> results = new ArrayList<>();
        BatchExtractor.Summary s = batch.run(sink -> {
            sink.article(article(0));
            sink.article(article(1));
            sink.error(new InputError("in.jsonl:3", "malformed JSON: x"));
            sink.article(article(3));
            sink.article(article(4));
        }, results::add);

        assertThat(results).extracting(BatchExtractor.Result::index).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(results.get(0)).isInstanceOf(BatchExtractor.Extracted.class);
        BatchExtractor.Failed language = (BatchExtractor.Failed) results.get(1);
        assertThat(language.reason()).isEqualTo("unsupported language 'en' (Dyad codes: es)");
        assertThat(language.internal()).isFalse();
        assertThat(language.origin()).isEqualTo("in.jsonl:2");
        BatchExtractor.Unreadable line = (BatchExtractor.Unreadable) results.get(2);
        assertThat(line.origin()).isEqualTo("in.jsonl:3");
        assertThat(line.error().reason()).startsWith("malformed JSON");
        BatchExtractor.Failed defect = (BatchExtractor.Failed) results.get(3);
        assertThat(defect.internal()).isTrue();
        assertThat(defect.reason()).isEqualTo("internal error, article skipped: java.lang.IllegalStateException: "
                + "a defect");
        assertThat(results.get(4)).isInstanceOf(BatchExtractor.Extracted.class);
        assertThat(s.extracted()).isEqualTo(2);
        assertThat(s.failed()).isEqualTo(2);
        assertThat(s.unreadable()).isEqualTo(1);
        assertThat(s.items()).isEqualTo(5);
        assertThat(s.tokens()).isEqualTo(article(0).text().length() + article(4).text().length());
    }

    @Test
    void theSourceIsReadNoFasterThanResultsAreConsumed() throws InterruptedException {
        int window = 6;
        AtomicInteger pushed = new AtomicInteger();
        AtomicInteger consumed = new AtomicInteger();
        List<Integer> aheadAtEachPush = new ArrayList<>();
        BatchExtractor batch = new BatchExtractor(BatchExtractorTest::extraction, 2, window);
        batch.run(sink -> {
            for (int i = 0; i < 2_000; i++) {
                aheadAtEachPush.add(pushed.get() - consumed.get());
                pushed.incrementAndGet();
                sink.article(article(i));
            }
        }, r -> consumed.incrementAndGet());
        assertThat(consumed.get()).isEqualTo(2_000);
        assertThat(Collections.max(aheadAtEachPush)).isLessThan(window);
    }

    @Test
    void progressSeesTheCountsAfterEachResult() throws InterruptedException {
        List<Long> items = new ArrayList<>();
        BatchExtractor.Summary s = new BatchExtractor(BatchExtractorTest::extraction, 2)
                .run(articles(5), r -> { }, p -> items.add(p.items()));
        assertThat(items).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(s.nanos()).isPositive();
    }

    @Test
    void anExceptionFromTheConsumerEndsTheRun() {
        AtomicInteger extracted = new AtomicInteger();
        BatchExtractor batch = new BatchExtractor(a -> {
            extracted.incrementAndGet();
            return extraction(a);
        }, 2, 4);
        assertThatThrownBy(() -> batch.run(articles(1_000), r -> {
            if (r.index() == 10) {
                throw new IllegalStateException("disk full");
            }
        })).isInstanceOf(IllegalStateException.class).hasMessage("disk full");
        assertThat(extracted.get()).isLessThan(1_000);
    }

    @Test
    void anErrorOnAWorkerEndsTheRun() {
        BatchExtractor batch = new BatchExtractor(a -> {
            if (a.id().equals("a2")) {
                throw new OutOfMemoryError("simulated");
            }
            return extraction(a);
        }, 2);
        assertThatThrownBy(() -> batch.run(articles(10), r -> { })).isInstanceOf(OutOfMemoryError.class);
    }

    @Test
    void settingsAreChecked() {
        assertThatThrownBy(() -> new BatchExtractor(BatchExtractorTest::extraction, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads");
        assertThatThrownBy(() -> new BatchExtractor(BatchExtractorTest::extraction, 4, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window");
    }
}
