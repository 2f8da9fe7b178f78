package org.dossier.model;

import java.util.List;

/**
 * One normative statement of an agreement. {@code kind} is deontic; {@code bearers} are bound or
 * entitled by it (actor ids, or {@code parties} for every party), {@code counterparties} are those
 * it is owed to. {@code action} names what it governs (an {@link ActionKind}); {@code scope} the
 * lines or places it applies to (empty: everywhere). Conditions must hold for a permission or right
 * to apply; exceptions lift a prohibition or obligation.
 */
public record Provision(
    String id,
    String article,
    ProvisionKind kind,
    List<String> bearers,
    List<String> counterparties,
    ActionKind action,
    String subject,
    List<String> scope,
    List<Condition> conditions,
    List<Condition> exceptions,
    Term term,
    List<Reading> readings,
    String text,
    Anchor anchor) {

    public Provision {
        bearers = bearers == null ? List.of() : List.copyOf(bearers);
        counterparties = counterparties == null ? List.of() : List.copyOf(counterparties);
        scope = scope == null ? List.of() : List.copyOf(scope);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
        readings = readings == null ? List.of() : List.copyOf(readings);
    }
}
