package io.meetingmemo.bench.jmh;

import io.meetingmemo.bench.data.DataSets;
import io.meetingmemo.bench.data.DatabaseTarget;
import io.meetingmemo.bench.data.People;
import io.meetingmemo.embeddedao.DatabaseConfig;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Which loaded data set a benchmark fork opens. The suite loads the data sets before it starts JMH and passes
 * their location as parameters, so every fork opens the same database instead of loading its own.
 */
@State(Scope.Benchmark)
public abstract class DatabaseParams {
    @Param("target/bench-data") public String dataDir;
    @Param("") public String pgUrl;
    @Param("") public String pgUser;
    @Param("") public String pgPassword;
    @Param("1000") public long items;
    @Param("20261123") public long seed;
    @Param("") public String variant;

    protected DatabaseConfig database() {
        return DatabaseTarget.of(dataDir, pgUrl, pgUser, pgPassword, variant).at(items);
    }

    protected People people() { return DataSets.people(items, seed); }
}
