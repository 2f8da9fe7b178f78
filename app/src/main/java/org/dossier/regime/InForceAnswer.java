package org.dossier.regime;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.dossier.model.ActionKind;
import org.dossier.model.Anchor;
import org.dossier.model.ProvisionKind;
import org.dossier.model.Reading;

/**
 * The answer of {@link InForce}: {@code status} is {@code determinate}, or {@code indeterminate} when
 * the date may fall on either side of an agreement's entry into force or end ({@code indeterminate}
 * lists those agreements with the reason).
 */
public record InForceAnswer(String date, String status, List<AgreementInForce> agreements, List<Undecided> indeterminate) {

    public InForceAnswer {
        agreements = List.copyOf(agreements);
        indeterminate = List.copyOf(indeterminate);
    }

    /**
     * An agreement in force: the parties it bound on the date and the provisions then in force. A party
     * listed in {@code mayHaveSucceeded} may already have been replaced by its successor on that date: the
     * package does not date the succession closely enough to tell.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AgreementInForce(String id, String name, List<String> parties, List<ProvisionInForce> provisions,
                                   List<Basis> because, Anchor anchor, List<PossibleSuccession> mayHaveSucceeded) {
        public AgreementInForce {
            parties = List.copyOf(parties);
            provisions = List.copyOf(provisions);
            because = List.copyOf(because);
            mayHaveSucceeded = List.copyOf(mayHaveSucceeded);
        }
    }

    /**
     * {@code successor} may have taken {@code predecessor}'s place by the date, or not: {@code reason} says
     * what the package knows of when. When it does not take over the obligations ({@code inheritsObligations}
     * false), the predecessor's side may be empty.
     */
    public record PossibleSuccession(String predecessor, String successor, boolean inheritsObligations, String reason,
                                     Anchor anchor) {}

    /**
     * A provision in force, under its key {@code agreement#provision}, with the modifications then in
     * effect, the parties it bound (more than its agreement's when a later agreement reaffirmed it),
     * the conflicting readings the report gives, and the events that used it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProvisionInForce(String id, String article, ProvisionKind kind, ActionKind action, String subject,
                                   String text, List<String> parties, List<Modification> modified, List<Basis> because,
                                   List<Reading> readings, List<Precedent> precedents, Anchor anchor) {
        public ProvisionInForce {
            parties = List.copyOf(parties);
            modified = List.copyOf(modified);
            because = List.copyOf(because);
            readings = List.copyOf(readings);
            precedents = List.copyOf(precedents);
        }
    }

    /** A later agreement changed {@code field} of a provision from one value to another. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Modification(String field, String from, String to, String by, String date, Anchor anchor) {}

    /** An agreement that may or may not have been in force on the date, and why it cannot be told. */
    public record Undecided(String id, String name, String reason, List<Basis> because) {
        public Undecided {
            because = List.copyOf(because);
        }
    }
}
