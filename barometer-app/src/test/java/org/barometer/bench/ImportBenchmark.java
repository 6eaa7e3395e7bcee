package org.barometer.bench;

import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.barometer.Seed;
import org.barometer.Stores;
import org.barometer.TestDatabase;
import org.barometer.importer.IssueImport;
import org.barometer.indices.IndicesReport;
import org.barometer.issue.IssueStore;
import org.barometer.method.Issue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm, in-process cost of what `barometer import` and `barometer indices` do for the sample issue, without the
 * JVM and Spring start-up that the command timings include. Run with bench/jmh.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ImportBenchmark {

    private String text;
    private IssueImport imports;
    private IssueStore store;

    @Setup
    public void setUp() {
        text = Seed.text();
        DataSource dataSource = TestDatabase.H2.fresh();
        Stores stores = Stores.on(dataSource);
        store = stores.issues();
        imports = stores.imports();
        imports.importText("seed.txt", text, IssueImport.Options.NONE);
    }

    /** Read, check and store (replacing) the published issue in one transaction. */
    @Benchmark
    public Issue importWithReplace() {
        return imports.importText("seed.txt", text, new IssueImport.Options(null, null, false, true)).issue();
    }

    /** Load the issue from the store and write its indices as JSON. */
    @Benchmark
    public String indicesJson() {
        return IndicesReport.jsonText(store.find(17).orElseThrow());
    }
}
