package org.dossier.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.dossier.model.DossierPackage;
import org.dossier.model.PaymentKind;
import org.junit.jupiter.api.Test;

/** What every {@link Payments} must answer under the report's lease-payment regimes. */
abstract class PaymentsContract {

    abstract Payments payments(DossierPackage pkg);

    private final Payments engine = payments(Fixture.flagship());

    private PaymentAnswer pay(String amount, PaymentKind kind, String date, String to) {
        return engine.convert(new BigDecimal(amount), "RUB", kind, date, to);
    }

    @Test
    void leaseAfterThe1931CompromiseIsPaidAt32AndAHalfSen() {
        PaymentAnswer a = pay("1000", PaymentKind.LEASE, "1932-01", "JPY");
        assertEquals("converted", a.status());
        assertEquals(0, new BigDecimal("325").compareTo(a.amount()));
        assertEquals("JPY", a.currency());
        assertEquals(0, new BigDecimal("0.325").compareTo(a.rate()));
        assertEquals("compromise-1931", a.regime());
        assertEquals("32.5 sen", a.anchor().exact());
        assertEquals(0, new BigDecimal("160").compareTo(pay("1000", PaymentKind.LEASE, "1932-01", "USD").amount()));
    }

    @Test
    void leaseAfterDecember1930IsDemandedAtGoldParity() {
        PaymentAnswer a = pay("1000", PaymentKind.LEASE, "1931-01-15", null);
        assertEquals(0, new BigDecimal("514.5").compareTo(a.amount()));
        assertEquals("USD", a.currency());
        assertEquals("gold-parity", a.regime());
    }

    @Test
    void taxesAfterTheCompromiseAreAtTheOfficialQuotationForWhichTheReportGivesNoRate() {
        PaymentAnswer a = pay("100", PaymentKind.TAX, "1932-01", "USD");
        assertEquals("no-rate", a.status());
        assertEquals("official-quotation", a.regime());
        assertNull(a.amount());
        assertTrue(a.notes().get(0).contains("gives no rate"));
    }

    @Test
    void leaseBeforeDecember1930WentThroughTheBankOfChosenAtNoStatedRate() {
        PaymentAnswer a = pay("100", PaymentKind.LEASE, "1930-06", "USD");
        assertEquals("no-rate", a.status());
        assertEquals("bank-of-chosen", a.regime());
    }

    @Test
    void dateStraddlingAChangeOfRegimeIsIndeterminate() {
        PaymentAnswer a = pay("100", PaymentKind.LEASE, "1930", "USD");
        assertEquals("indeterminate", a.status());
        assertTrue(a.alternatives().contains("gold-parity"));
    }

    @Test
    void convertsDollarsBackToRublesByTheSameRate() {
        PaymentAnswer a = engine.convert(new BigDecimal("16"), "USD", PaymentKind.LEASE, "1932-01", "RUB");
        assertEquals(0, new BigDecimal("100").compareTo(a.amount()));
    }

    @Test
    void unknownCurrencyIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> engine.convert(BigDecimal.ONE, "FRF", PaymentKind.LEASE, "1932", null));
    }
}
