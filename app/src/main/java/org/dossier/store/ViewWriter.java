package org.dossier.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossier.pkg.views.TimelineEvent;

/** Writes a package's views (items and what each is about) in the transaction of its import. */
final class ViewWriter {
    private final Connection c;
    private final Runnable checkpoint;

    ViewWriter(Connection c, Runnable checkpoint) {
        this.c = c;
        this.checkpoint = checkpoint;
    }

    void write(long packageRow, List<Submission.ItemEntry> items) throws SQLException, JsonProcessingException {
        try (PreparedStatement item = c.prepareStatement("""
                INSERT INTO package_item (package_row, seq, kind, item_id, earliest, latest, fact_json, event_json)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement mention = c.prepareStatement(
                 "INSERT INTO package_mention (package_row, seq, ref, party) VALUES (?, ?, ?, ?)")) {
            int seq = 0;
            for (Submission.ItemEntry e : items) {
                TimelineEvent ev = e.event();
                item.setLong(1, packageRow);
                item.setInt(2, seq);
                item.setString(3, e.fact().kind().label());
                item.setString(4, e.fact().id());
                item.setString(5, ev == null ? null : ev.earliest());
                item.setString(6, ev == null ? null : ev.latest());
                item.setString(7, Store.JSON.writeValueAsString(e.fact()));
                item.setString(8, ev == null ? null : Store.JSON.writeValueAsString(ev));
                item.addBatch();
                Set<String> parties = parties(ev);
                Set<String> refs = new HashSet<>(e.mentions());
                refs.addAll(parties);
                for (String ref : refs) {
                    mention.setLong(1, packageRow);
                    mention.setInt(2, seq);
                    mention.setString(3, ref);
                    mention.setInt(4, parties.contains(ref) ? 1 : 0);
                    mention.addBatch();
                }
                seq++;
            }
            item.executeBatch();
            checkpoint.run();
            mention.executeBatch();
            checkpoint.run();
        }
    }

    /** Who takes part in an event, as the timeline's actor filter reads it: actors, targets, claimant. */
    private static Set<String> parties(TimelineEvent ev) {
        Set<String> out = new HashSet<>();
        if (ev != null) {
            out.addAll(ev.actors());
            out.addAll(ev.targets());
            if (ev.claimedBy() != null) {
                out.add(ev.claimedBy());
            }
        }
        return out;
    }
}
