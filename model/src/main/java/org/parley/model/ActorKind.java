package org.parley.model;

/** What an actor is: a person, a state (or its government), an organization, or a negotiating delegation. */
public enum ActorKind {
    PERSON, STATE, ORG, DELEGATION
}
