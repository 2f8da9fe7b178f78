package org.dossier.regime;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Condition;
import org.dossier.model.ConditionKind;
import org.dossier.regime.Verdict.Need;
import org.dossier.time.Edtf;

/**
 * Weighs the conditions of a permission, or of an exception to a prohibition, against a question:
 * a consent or absence of objection is met when the question gives that actor's consent; an
 * undertaking or declared purpose of the acting actor is what it takes on by acting; a date condition is checked
 * against the date; the rest (capital, purpose, necessity, payment) are facts the question cannot
 * show, so they remain needed.
 */
final class ConditionCheck {
    private final Regime regime;
    private final Question question;
    private final Edtf day;

    ConditionCheck(Regime regime, Question question, Edtf day) {
        this.regime = regime;
        this.question = question;
        this.day = day;
    }

    /** What is still missing and what the actor takes on, for conditions that all must hold. */
    record Weighed(List<Need> met, List<Need> open, List<Need> undertakings) {
        boolean lifts() {
            return open.stream().noneMatch(n -> isConsent(n.kind()));
        }
    }

    Weighed weigh(List<Condition> conditions, String provision) {
        List<Need> met = new ArrayList<>();
        List<Need> open = new ArrayList<>();
        List<Need> undertakings = new ArrayList<>();
        for (Condition c : conditions) {
            Need need = new Need(c.kind(), c.actor(), text(c), provision, c.anchor());
            switch (c.kind()) {
                case CONSENT, NO_OBJECTION -> (consented(c.actor()) ? met : open).add(need);
                case UNDERTAKING, PURPOSE -> {
                    // The actor's own undertaking or declared purpose is what it takes on by acting, not a
                    // fact missing from the question; anyone else's must be given.
                    if (c.kind() == ConditionKind.PURPOSE && c.actor() == null) {
                        open.add(need);
                        continue;
                    }
                    if (c.actor() == null || regime.actsFor(question.actor(), c.actor(), day)) {
                        undertakings.add(need);
                    } else {
                        (consented(c.actor()) ? met : open).add(need);
                    }
                }
                case DATE -> (dateHolds(c.value()) ? met : open).add(need);
                default -> open.add(need);
            }
        }
        return new Weighed(met, open, undertakings);
    }

    /** Whether the question gives the consent of {@code actor} (or of one who acts for it or for whom it acts). */
    boolean consented(String actor) {
        if (actor == null) {
            return false;
        }
        return question.consents().stream()
            .anyMatch(c -> regime.actsFor(c, actor, day) || regime.actsFor(actor, c, day));
    }

    /** Whether {@code party} is the actor asking (a grant must come from someone else). */
    boolean isActor(String party) {
        return regime.actsFor(question.actor(), party, day);
    }

    boolean actsFor(String actor, String party) {
        return regime.actsFor(actor, party, day) || regime.actsFor(party, actor, day);
    }

    private boolean dateHolds(String value) {
        return regime.date(value).map(d -> Within.of(day, d) == Within.AFTER).orElse(false);
    }

    static boolean isConsent(ConditionKind k) {
        return k == ConditionKind.CONSENT || k == ConditionKind.NO_OBJECTION;
    }

    private static String text(Condition c) {
        if (c.text() != null) {
            return c.text();
        }
        String who = c.actor() == null ? "" : c.actor() + " ";
        return switch (c.kind()) {
            case CONSENT -> "consent of " + c.actor();
            case NO_OBJECTION -> "no objection from " + c.actor();
            case CAPITAL -> "with " + c.value() + " capital";
            default -> who + c.kind().name().toLowerCase().replace('_', '-') + (c.value() == null ? "" : ": " + c.value());
        };
    }
}
