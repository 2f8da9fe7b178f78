package org.dossier.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.util.SerializableConfiguration;
import org.dossier.corpus.Attempt;
import org.dossier.corpus.AtomicFiles;
import org.dossier.corpus.CorpusLayout;
import org.dossier.corpus.EditionJson;
import org.dossier.corpus.TextFiles;
import org.dossier.restore.Edition;
import org.dossier.restore.Restorer;

/**
 * Restores every file under a Hadoop-readable path on Spark, with the same restorer as
 * {@code dossier corpus restore}. Writes {@code OUT/units/} (Parquet, partitioned by {@code kind}:
 * one row per document, paragraph, footnote and citation, with document id and raw offsets) and
 * {@code OUT/editions/xx/SHA256.json} (one edition per document, the layout of corpus runs). A file
 * that cannot be restored gets a document row with its {@code error}; it never fails the job.
 * Runs in local mode ({@code local[*]}) unless a master is configured (as {@code spark-submit} does).
 */
public final class RestoreJob {

    static final String USAGE = "usage: RestoreJob INPUT OUTPUT [--partitions N] [--max-bytes N]";

    private final SparkSession spark;
    private final long maxBytes;

    RestoreJob(SparkSession spark, long maxBytes) {
        this.spark = spark;
        this.maxBytes = maxBytes;
    }

    public static void main(String[] args) {
        JobArgs a;
        try {
            a = JobArgs.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("dossier-spark: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        SparkConf conf = new SparkConf().setAppName("dossier-restore");
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        try (SparkSession spark = SparkSession.builder().config(conf).getOrCreate()) {
            JobTotals totals = new RestoreJob(spark, a.maxBytes()).run(a.input(), a.output(), a.partitions());
            System.out.println(totals.describe());
        }
    }

    /** Runs the job; {@code partitions} ≤ 0 means twice the default parallelism. */
    JobTotals run(String input, String output, int partitions) {
        long start = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int slices = partitions > 0 ? partitions : 2 * jsc.defaultParallelism();
        Broadcast<SerializableConfiguration> hadoop =
            jsc.broadcast(new SerializableConfiguration(jsc.hadoopConfiguration()));
        long limit = maxBytes;
        // One file at a time through a lazy iterator: memory is bounded by the largest file, not the partition.
        JavaRDD<Row> rows = jsc.binaryFiles(input, slices)
            .flatMap(file -> restoreOne(file._1(), file._2(), output, hadoop.value().value(), limit)
                .stream().map(Unit::toRow).iterator());
        Dataset<Row> units = spark.createDataFrame(rows, Unit.SCHEMA);
        units.write().mode(SaveMode.Overwrite).partitionBy("kind").parquet(output + "/units");
        return totals(output, (System.nanoTime() - start) / 1_000_000);
    }

    private JobTotals totals(String output, long millis) {
        Row r = spark.read().parquet(output + "/units")
            .where(functions.col("kind").equalTo("document"))
            .agg(functions.count(functions.lit(1)), functions.count(functions.col("error")),
                functions.coalesce(functions.sum("bytes"), functions.lit(0L)))
            .first();
        return new JobTotals(r.getLong(0), r.getLong(1), r.getLong(2), millis);
    }

    private static List<Unit> restoreOne(String path, PortableDataStream stream, String output, Configuration conf,
                                         long maxBytes) throws IOException {
        long size = fileSize(path, conf);
        if (size > maxBytes) {
            return List.of(DocumentUnits.document(null, path, size,
                "larger than the limit of " + maxBytes + " bytes (" + size + ")"));
        }
        byte[] bytes = stream.toArray();
        String sha = TextFiles.sha256(bytes);
        Attempt attempt = Attempt.restore(bytes, Restorer.standard()::restore);
        if (!attempt.succeeded()) {
            return List.of(DocumentUnits.document(sha, path, bytes.length, attempt.error()));
        }
        writeEdition(new Path(output, CorpusLayout.editionName(sha)), attempt.edition(), conf);
        return DocumentUnits.of(sha, path, bytes.length, attempt.edition());
    }

    /**
     * Writes beside the target and renames, so that a retried or killed task never leaves half a file.
     * On a local file system this goes through java.nio: without Hadoop's native library, Hadoop's
     * local file system forks a {@code chmod} process for every file it creates.
     */
    private static void writeEdition(Path target, Edition edition, Configuration conf) throws IOException {
        FileSystem fs = target.getFileSystem(conf);
        if (fs instanceof LocalFileSystem || fs instanceof RawLocalFileSystem) {
            AtomicFiles.write(java.nio.file.Path.of(fs.makeQualified(target).toUri()), out -> EditionJson.write(edition, out));
            return;
        }
        Path tmp = new Path(target.getParent(), "." + target.getName() + "." + UUID.randomUUID() + ".tmp");
        try (OutputStream out = fs.create(tmp, true)) {
            EditionJson.write(edition, out);
        }
        fs.delete(target, false);
        if (!fs.rename(tmp, target)) {
            fs.delete(tmp, false);
            throw new IOException("cannot rename " + tmp + " to " + target);
        }
    }

    /** The file's length, or -1 when the file system cannot say (then it is read regardless). */
    private static long fileSize(String path, Configuration conf) {
        try {
            Path p = new Path(path);
            return p.getFileSystem(conf).getFileStatus(p).getLen();
        } catch (IOException e) {
            return -1;
        }
    }

    /** What a job did: documents seen, documents that failed, input bytes and wall-clock time. */
    record JobTotals(long documents, long failed, long bytes, long millis) {
        String describe() {
            double mb = bytes / 1e6;
            return String.format(Locale.ROOT, "%d documents (%d failed), %.1f MB in %.1f s (%.2f MB/s)",
                documents, failed, mb, millis / 1000.0, millis == 0 ? 0 : mb / (millis / 1000.0));
        }
    }
}
