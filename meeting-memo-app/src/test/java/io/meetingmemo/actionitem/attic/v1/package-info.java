/**
 * Frozen copies of the Active Objects entities of model version 1, as released. Active Objects best
 * practice: an upgrade is tested from a database that the old entities created and filled, never from
 * the current entities with a column dropped by hand.
 */
package io.meetingmemo.actionitem.attic.v1;
