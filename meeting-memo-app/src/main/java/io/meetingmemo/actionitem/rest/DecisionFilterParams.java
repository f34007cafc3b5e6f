package io.meetingmemo.actionitem.rest;

import io.meetingmemo.decision.domain.DecisionFilters;
import io.meetingmemo.decision.domain.DecisionQuery;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/**
 * The filters of a decision log (paging aside) as query parameters, shared by the JSON list and the CSV export so that
 * a link copied from one works in the other; read by {@link DecisionFilters}, a malformed value is a 400 with the reason.
 */
public class DecisionFilterParams {
    @QueryParam("spaceKey") List<String> spaceKeys;
    @QueryParam("series") String series;
    @QueryParam("from") String from;
    @QueryParam("to") String to;
    @QueryParam("tag") String tag;
    @QueryParam("q") String text;

    DecisionQuery query() {
        try {
            return DecisionFilters.read(spaceKeys, series, from, to, tag, text);
        } catch (DecisionFilters.Invalid e) {
            throw ApiErrors.badRequest(e.getMessage());
        }
    }
}
