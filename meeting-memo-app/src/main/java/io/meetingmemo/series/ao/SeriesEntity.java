package io.meetingmemo.series.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Schema version 5 (upgrade task {@code v5.AddSeriesUpgradeTask005}): the stored record of a meeting series
 * ({@code io.meetingmemo.series.domain.Series}). A series needs no row to exist (its memos name it); a row holds what
 * people set for it. Lists are stored one value a line. Never remove or rename a column: Active Objects drops what
 * the interface no longer declares.
 */
@Table("SERIES")
@Preload
public interface SeriesEntity extends Entity {
    String SERIES_KEY = "SERIES_KEY";

    /** The series key exactly as memos write it. */
    @NotNull @Unique @StringLength(450) String getSeriesKey();
    void setSeriesKey(String key);

    @StringLength(StringLength.UNLIMITED) String getName();
    void setName(String name);

    @Indexed String getSpaceKey();
    void setSpaceKey(String spaceKey);

    Long getIndexPageId();
    void setIndexPageId(Long pageId);

    @StringLength(StringLength.UNLIMITED) String getDefaultPlace();
    void setDefaultPlace(String place);

    /** User keys, one a line. */
    @StringLength(StringLength.UNLIMITED) String getDefaultAttendees();
    void setDefaultAttendees(String userKeys);

    /** Guests as the memo lists them, one a line. */
    @StringLength(StringLength.UNLIMITED) String getDefaultGuests();
    void setDefaultGuests(String guests);

    /** {@code Cadence.wireName()}. */
    @NotNull String getCadence();
    void setCadence(String cadence);

    /** 1 when first stored, one more with each change; a PATCH names the version it read. */
    @NotNull int getVersion();
    void setVersion(int version);
}
