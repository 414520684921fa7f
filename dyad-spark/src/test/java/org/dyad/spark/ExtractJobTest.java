package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The job's command line, without Spark running. */
class ExtractJobTest {
    @Test
    void theFormatFollowsTheExtensionAndOptionsAreChecked() {
        ExtractJob.Options o = ExtractJob.parse(new String[] {"--output", "/out", "--date", "2024-06-13",
            "a.parquet"});
        assertThat(o.format()).isEqualTo(ExtractJob.Format.PARQUET);
        assertThat(o.defaultDate()).isEqualTo(java.time.LocalDate.of(2024, 6, 13));
        assertThat(ExtractJob.parse(new String[] {"--output", "o", "hdfs:///news/*.jsonl"}).format())
                .isEqualTo(ExtractJob.Format.JSONL);
        assertThatThrownBy(() -> ExtractJob.parse(new String[] {"in.jsonl"})).hasMessage("--output is required");
        assertThatThrownBy(() -> ExtractJob.parse(new String[] {"--output", "o", "--format", "csv", "in"}))
                .hasMessageContaining("jsonl or parquet");
        assertThatThrownBy(() -> ExtractJob.parse(new String[] {"--output", "o", "--date", "13/06/2024", "in"}))
                .hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> ExtractJob.parse(new String[] {"--output", "o"})).hasMessage("no input");
    }
}
