package org.parley.model;

/** What kind of negotiation event an article reports. */
public enum EventType {
    /** A round of talks between delegations ("the second round in Istanbul"). */
    TALKS_ROUND,
    /** A meeting of leaders, ministers or envoys that is not a formal round. */
    MEETING,
    /** A proposal, demand or condition put to the other side. */
    PROPOSAL,
    /** A memorandum or draft document exchanged or presented. */
    MEMORANDUM,
    /** A ceasefire: called for, declared, or violated ({@link Event#detail()}). */
    CEASEFIRE,
    /** An agreement: signed, rejected or implemented ({@link Event#detail()}). */
    AGREEMENT,
    /** An exchange of prisoners of war or detainees. */
    PRISONER_EXCHANGE,
    /** A handover of bodies of the fallen. */
    REPATRIATION,
    /** Talks suspended, broken off or refused. */
    BREAKDOWN
}
