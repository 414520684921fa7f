package org.dyad.nlp;

import java.util.List;

/**
 * Repairs of the dependency parse where the Spanish parser errs in a way the grammar rules out: a finite verb
 * coordinated with an infinitive, an apposition hung on the wrong conjunct, a gerund given its verb's object for
 * subject, a subject coordinated with the adjunct fronted before it. Each repair re-heads tokens in place and is
 * tested on its own parse (see the tests of this package). Stateless.
 */
final class DependencyRepairs {
    private DependencyRepairs() {
    }

    /** All repairs, in order, on one sentence's tokens. */
    static void apply(List<Token> tokens) {
        reattachFiniteConjuncts(tokens);
        reattachTrailingAppositions(tokens);
        reattachGerundSubjects(tokens);
        reattachFrontedSubjects(tokens);
    }

    /**
     * A finite verb is never coordinated with an infinitive or a gerund, but the parser often hangs it on the
     * infinitive just before it: in "acusó a Colombia de conspirar y le exigió respeto" it makes "exigió" a
     * conjunct of "conspirar", whose subject is Colombia. Such a conjunct is moved up to the nearest finite verb
     * above the non-finite one ("acusó"), whose subject it shares.
     */
    static void reattachFiniteConjuncts(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.deprel().equals("conj") || !t.isFinite() || t.head() < 0) {
                continue;
            }
            Token cur = tokens.get(t.head());
            if (!cur.isInfinitive() && !cur.isGerund()) {
                continue;
            }
            for (int hops = 0; hops < 4 && cur.isVerb() && !cur.isFinite() && cur.head() >= 0; hops++) {
                cur = tokens.get(cur.head());
            }
            if (cur.isVerb() && cur.isFinite() && cur.index() < t.index()) {
                tokens.set(i, new Token(t.index(), t.word(), t.lemma(), t.upos(), t.morph(), t.begin(), t.end(),
                        cur.index(), t.deprel()));
            }
        }
    }

    /**
     * An apposition after a coordination names its nearest conjunct, but the parser often hangs it on the first: in
     * "el presidente Bush y el premier soviético, Mijaíl Gorbachov, acordaron…" it makes Gorbachov the president.
     * Such an apposition is moved to the last conjunct of its head that comes before it.
     */
    static void reattachTrailingAppositions(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.deprel().equals("appos") || t.head() < 0 || t.head() > t.index()) {
                continue;
            }
            Token nearest = null;
            for (Token c : tokens) {
                if (c.head() == t.head() && c.deprel().equals("conj") && c.index() < t.index()) {
                    nearest = c;
                }
            }
            if (nearest != null) {
                tokens.set(i, new Token(t.index(), t.word(), t.lemma(), t.upos(), t.morph(), t.begin(), t.end(),
                        nearest.index(), t.deprel()));
            }
        }
    }

    /**
     * A gerund after a finite verb's object takes no subject of its own there, but the parser often makes that
     * object its subject: in "iniciaron una huelga de hambre reclamando aumentos" it makes the strike the one who
     * demands. A noun between a finite verb and its gerund that is the gerund's subject, when the verb has no
     * object, is moved back to be the verb's object.
     */
    static void reattachGerundSubjects(List<Token> tokens) {
        for (Token g : tokens) {
            if (!g.isGerund() || !g.deprel().equals("advcl") || g.head() < 0) {
                continue;
            }
            Token verb = tokens.get(g.head());
            if (!verb.isFinite() || verb.index() > g.index()
                    || tokens.stream().anyMatch(t -> t.head() == verb.index() && t.deprel().equals("obj"))) {
                continue;
            }
            for (int i = verb.index() + 1; i < g.index(); i++) {
                Token t = tokens.get(i);
                if (t.head() == g.index() && t.deprel().equals("nsubj") && t.upos().equals("NOUN")) {
                    tokens.set(i, new Token(t.index(), t.word(), t.lemma(), t.upos(), t.morph(), t.begin(), t.end(),
                            verb.index(), "obj"));
                }
            }
        }
    }

    /**
     * A subject after a fronted adjunct and its comma, which the parser may coordinate with the adjunct: in "Con
     * fotografías de las víctimas, familiares y amigos exigieron respuestas" it makes "familiares" a conjunct of
     * "fotografías", and the verb has no subject; in "Durante las administraciones de Bush y Obama, la Guardia
     * Nacional brindó apoyo" a conjunct of Bush. A conjunct without conjunction inside a fronted oblique, that
     * follows a comma and runs up to the verb, which has no subject, becomes that verb's subject.
     */
    static void reattachFrontedSubjects(List<Token> tokens) {
        for (Token v : tokens) {
            if (!v.isFinite() || tokens.stream().anyMatch(t -> t.head() == v.index()
                    && t.deprel().startsWith("nsubj"))) {
                continue;
            }
            for (Token o : tokens) {
                if (o.head() != v.index() || !o.deprel().startsWith("obl") || o.index() > v.index()) {
                    continue;
                }
                for (Token c : tokens) {
                    if (!c.deprel().equals("conj") || !c.upos().equals("NOUN") && !c.upos().equals("PROPN")
                            || c.index() > v.index() || !dominates(tokens, o, c)
                            || tokens.stream().anyMatch(t -> t.head() == c.index() && t.deprel().equals("cc"))) {
                        continue;
                    }
                    int first = firstOfSubtree(tokens, c);
                    boolean afterComma = first > 0 && tokens.get(first - 1).word().equals(",");
                    boolean upToVerb = lastOfSubtree(tokens, c) == v.index() - 1;
                    if (afterComma && upToVerb) {
                        tokens.set(c.index(), new Token(c.index(), c.word(), c.lemma(), c.upos(), c.morph(),
                                c.begin(), c.end(), v.index(), "nsubj"));
                        return;
                    }
                }
            }
        }
    }

    /** The first word of a subtree, punctuation aside (the parser hangs a comma before a conjunct on it). */
    private static int firstOfSubtree(List<Token> tokens, Token root) {
        int first = root.index();
        for (Token t : tokens) {
            if (t.index() < first && !t.upos().equals("PUNCT") && dominates(tokens, root, t)) {
                first = t.index();
            }
        }
        return first;
    }

    private static int lastOfSubtree(List<Token> tokens, Token root) {
        int last = root.index();
        for (Token t : tokens) {
            if (t.index() > last && dominates(tokens, root, t)) {
                last = t.index();
            }
        }
        return last;
    }

    private static boolean dominates(List<Token> tokens, Token root, Token t) {
        Token cur = t;
        for (int hops = 0; hops < tokens.size() && cur.head() >= 0; hops++) {
            if (cur.head() == root.index()) {
                return true;
            }
            cur = tokens.get(cur.head());
        }
        return false;
    }
}
