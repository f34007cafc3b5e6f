package io.meetingmemo.series.domain;

import java.util.List;
import java.util.Optional;

/** Where stored series records live. Each method is one query or one write. */
public interface SeriesRepository {
    Optional<Series> find(String key);

    /** Stored records of these keys, in any order; one query. */
    List<Series> findAll(List<String> keys);

    /**
     * Stores {@code series} if the stored record is still at {@code series.version()} (0: none stored yet), as version
     * {@code series.version() + 1}.
     *
     * @return false when someone else stored it meanwhile (the caller answers 409)
     */
    boolean save(Series series);
}
