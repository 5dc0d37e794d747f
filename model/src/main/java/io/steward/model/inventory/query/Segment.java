package io.steward.model.inventory.query;

import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;

/**
 * One stretch of a sort order that a single index range serves: e.g. "identities of snapshot 7 by name",
 * or "identities never used, by id". A page walks segments in order; the cursor names the segment it
 * stopped in ({@code token}) and the sort key values within it.
 *
 * @param keys the sort columns inside the segment (the row id always follows as the last tie-breaker)
 */
record Segment(String token, Condition where, List<Field<String>> keys) {
}
