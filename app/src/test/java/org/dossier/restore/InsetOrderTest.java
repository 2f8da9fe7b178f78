package org.dossier.restore;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A box set into a column between a broken word and its rest is read after the paragraph it interrupts. */
class InsetOrderTest {
    private static final String COLUMN = String.join("\n",
        "The Cabinet changes announced on September 24 in-",
        "volved several significant appointments: that of Sir",
        "John Anderson as Chancellor of the Exchequer to",
        "replace the late Sir Kingsley Wood, and of Richard",
        "K. Law, formerly Parlia-",
        "",
        "",
        "What role will Russia play in post-war Europe?",
        "For a survey of the questions before the public,",
        "READ THE U.S.S.R. AND POST-WAR EUROPE",
        "",
        "",
        "%s",
        "",
        "These appointments do not suggest any marked",
        "change in the policy of the government as it was",
        "set out by the Prime Minister in the spring.",
        "");

    @Test
    void theRestOfABrokenWordIsReadBeforeTheInset() {
        String raw = String.format(COLUMN, "mentary Under-Secretary of State, to the new\npost of Minister of State in the Foreign Office.");
        Edition e = Restorer.standard().restore(raw);
        String text = e.paragraphs().get(0).text();
        assertTrue(text.endsWith("formerly Parliamentary Under-Secretary of State, to the new post of Minister of State in the Foreign Office."),
            text);
        assertTrue(e.paragraphs().stream().anyMatch(p -> p.text().startsWith("What role will Russia play")), e.paragraphs().toString());
        EditionInvariants.check(raw, e);
    }

    @Test
    void aContinuationThatDoesNotCloseItsSentenceLeavesTheOrderAsPrinted() {
        // the inset would otherwise stand inside the next sentence instead
        String raw = String.format(COLUMN, "mentary Under-Secretary of State, to the new\npost of Minister of State in the Foreign");
        Edition e = Restorer.standard().restore(raw);
        assertTrue(e.paragraphs().get(0).text().contains("formerly Parlia-What role"), e.paragraphs().get(0).text());
    }

    @Test
    void aWordBeforeTheHyphenMayBeARealCompoundSoTheOrderStays() {
        String raw = String.format(COLUMN.replace("formerly Parlia-", "formerly anti-"),
            "mentary Under-Secretary of State, to the new\npost of Minister of State in the Foreign Office.");
        Edition e = Restorer.standard().restore(raw);
        assertTrue(e.paragraphs().get(0).text().contains("formerly anti-What role"), e.paragraphs().get(0).text());
    }
}
