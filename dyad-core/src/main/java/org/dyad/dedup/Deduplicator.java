package org.dyad.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Groups mentions into events by the rule of {@link EventCluster}, in one pass over a batch.
 * Stateless and thread-safe.
 */
public final class Deduplicator {

    private Deduplicator() {
    }

    /**
     * Assigns each mention to an event.
     *
     * @param mentions  the mentions, in any order
     * @param signature what the rule reads of a mention
     * @param order     the canonical order: article date, then article id, then position
     * @return the events, each with its mentions in canonical order, in order of creation
     */
    public static <M> List<Group<M>> group(List<M> mentions, Function<M, MentionSignature> signature,
                                           Comparator<M> order) {
        List<M> sorted = new ArrayList<>(mentions);
        sorted.sort(order);
        Map<String, List<Group<M>>> byKey = new LinkedHashMap<>();
        List<Group<M>> all = new ArrayList<>();
        for (M m : sorted) {
            MentionSignature s = signature.apply(m);
            List<Group<M>> candidates = byKey.computeIfAbsent(s.key(), k -> new ArrayList<>());
            Group<M> target = null;
            for (Group<M> g : candidates) {
                if (g.cluster.accepts(s)) {
                    target = g;
                    break;
                }
            }
            if (target == null) {
                target = new Group<>(EventCluster.of(s));
                candidates.add(target);
                all.add(target);
            } else {
                target.cluster.add(s);
            }
            target.members.add(m);
        }
        return all;
    }

    /** One event: its accumulated state and its mentions. */
    public static final class Group<M> {
        private final EventCluster cluster;
        private final List<M> members = new ArrayList<>();

        private Group(EventCluster cluster) {
            this.cluster = cluster;
        }

        public EventCluster cluster() {
            return cluster;
        }

        public List<M> members() {
            return members;
        }
    }
}
