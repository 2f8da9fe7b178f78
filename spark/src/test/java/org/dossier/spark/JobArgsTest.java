package org.dossier.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class JobArgsTest {

    @Test
    void takesInputOutputAndOptionsInAnyOrder() {
        assertEquals(new JobArgs("hdfs:///in/*.txt", "out", 64, 1000),
            JobArgs.parse("--partitions", "64", "hdfs:///in/*.txt", "--max-bytes", "1000", "out"));
        assertEquals(new JobArgs("in", "out", 0, JobArgs.DEFAULT_MAX_BYTES), JobArgs.parse("in", "out"));
    }

    @Test
    void refusesWhatItCannotRunWithAReason() {
        assertEquals("INPUT and OUTPUT are required",
            assertThrows(IllegalArgumentException.class, () -> JobArgs.parse("in")).getMessage());
        assertEquals("unknown option --jobs",
            assertThrows(IllegalArgumentException.class, () -> JobArgs.parse("in", "out", "--jobs", "2")).getMessage());
        assertEquals("--partitions must be at least 1, not 0",
            assertThrows(IllegalArgumentException.class, () -> JobArgs.parse("in", "out", "--partitions", "0")).getMessage());
        assertEquals("--max-bytes needs a number, not lots",
            assertThrows(IllegalArgumentException.class, () -> JobArgs.parse("in", "out", "--max-bytes", "lots")).getMessage());
        assertEquals("unexpected argument extra",
            assertThrows(IllegalArgumentException.class, () -> JobArgs.parse("in", "out", "extra")).getMessage());
    }
}
