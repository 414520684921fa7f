package org.dyad.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/** A parsed sentence: tokens with a dependency tree; offsets are UTF-16 chars into the article text. */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens) {
    public Sentence {
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /** The dependents of a token, in sentence order. */
    public List<Token> children(Token head) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.head() == head.index()) {
                out.add(t);
            }
        }
        return out;
    }

    /** The dependents of a token whose relation matches. */
    public List<Token> children(Token head, Predicate<Token> filter) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.head() == head.index() && filter.test(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** The head of a token, or null for the root. */
    public Token parent(Token t) {
        return t.head() < 0 ? null : tokens.get(t.head());
    }

    /** Whether {@code ancestor} dominates {@code t} (or is it). */
    public boolean dominates(Token ancestor, Token t) {
        Token cur = t;
        int guard = tokens.size() + 1;
        while (cur != null && guard-- > 0) {
            if (cur.index() == ancestor.index()) {
                return true;
            }
            cur = parent(cur);
        }
        return false;
    }

    /** The tokens of the subtree of {@code head}, in sentence order. */
    public List<Token> subtree(Token head) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            if (dominates(head, t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** The text between two char offsets of the article, taken from this sentence. */
    public String textBetween(int from, int to) {
        return text.substring(Math.max(0, from - begin), Math.min(text.length(), to - begin));
    }
}
