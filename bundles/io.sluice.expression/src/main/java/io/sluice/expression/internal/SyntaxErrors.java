package io.sluice.expression.internal;

import io.sluice.expression.internal.parser.SluiceLexer;
import io.sluice.expression.internal.parser.SluiceParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Stops at the first syntax error and describes it in plain words: what was found and what could have come there
 * ("unexpected ')' — expected an expression"), instead of ANTLR's token-set dump. Replaces the default strategy's
 * recovery, so no error is printed to the console and no later, confusing error is reported.
 */
final class SyntaxErrors extends DefaultErrorStrategy {

    /** Tokens that can start an expression: when one of the "core" ones is expected we just say "an expression". */
    private static final IntervalSet EXPRESSION_START = IntervalSet.of(SluiceLexer.INTEGER, SluiceLexer.INTEGER);
    private static final IntervalSet OPERATORS = new IntervalSet();

    static {
        for (int t : new int[] {SluiceLexer.DECIMAL, SluiceLexer.STRING, SluiceLexer.IDENTIFIER,
            SluiceLexer.QUOTED_IDENTIFIER, SluiceLexer.LPAREN, SluiceLexer.MINUS, SluiceLexer.PLUS, SluiceLexer.NOT,
            SluiceLexer.CASE, SluiceLexer.CAST, SluiceLexer.TRY_CAST, SluiceLexer.TRUE, SluiceLexer.FALSE, SluiceLexer.NULL}) {
            EXPRESSION_START.add(t);
        }
        for (int t : new int[] {SluiceLexer.PLUS, SluiceLexer.MINUS, SluiceLexer.STAR, SluiceLexer.SLASH,
            SluiceLexer.PERCENT, SluiceLexer.CONCAT, SluiceLexer.DOT, SluiceLexer.LBRACKET, SluiceLexer.EQ, SluiceLexer.NEQ, SluiceLexer.LT, SluiceLexer.LE,
            SluiceLexer.GT, SluiceLexer.GE, SluiceLexer.IS, SluiceLexer.IN, SluiceLexer.BETWEEN, SluiceLexer.LIKE,
            SluiceLexer.NOT, SluiceLexer.OR}) {
            OPERATORS.add(t);
        }
    }

    private Parsing.Failure failure;

    Parsing.Failure failure() {
        return failure;
    }

    /**
     * Never recovers; only remembers, when a loop or optional part could end here but the next token does not fit
     * it, where that was, so that an error at the next match lists everything that could have come (the loop's
     * continuation, such as an operator or ',', as well as what follows), as ANTLR's default strategy does.
     */
    @Override
    public void sync(Parser recognizer) {
        ATNState state = recognizer.getInterpreter().atn.states.get(recognizer.getState());
        IntervalSet next = recognizer.getATN().nextTokens(state);
        if (next.contains(recognizer.getInputStream().LA(1))) {
            forget();
        } else if (next.contains(Token.EPSILON) && nextTokensContext == null) {
            nextTokensContext = recognizer.getContext();
            nextTokensState = recognizer.getState();
        }
    }

    @Override
    public void reportMatch(Parser recognizer) {
        super.reportMatch(recognizer);
        forget();
    }

    private void forget() {
        nextTokensContext = null;
        nextTokensState = ATNState.INVALID_STATE_NUMBER;
    }

    @Override
    public void recover(Parser recognizer, RecognitionException e) {
        throw new ParseCancellationException(e);
    }

    @Override
    public Token recoverInline(Parser recognizer) {
        InputMismatchException e = nextTokensContext == null ? new InputMismatchException(recognizer)
                : new InputMismatchException(recognizer, nextTokensState, nextTokensContext);
        reportError(recognizer, e);
        throw new ParseCancellationException(e);
    }

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
        if (failure != null) {
            return;
        }
        Token offending = e.getOffendingToken() != null ? e.getOffendingToken() : recognizer.getCurrentToken();
        IntervalSet expected = e.getExpectedTokens();
        if (expected == null) {
            expected = recognizer.getExpectedTokens();
        }
        ParserRuleContext context = recognizer.getContext();
        String expectation;
        if (e instanceof NoViableAltException n && n.getStartToken().getType() == SluiceLexer.NOT
                && n.getStartToken() != offending && context != null
                && context.getRuleIndex() == SluiceParser.RULE_predicateSuffix) {
            // "a NOT NULL", "a NOT b": after a NOT that follows a value only IN, BETWEEN or LIKE can come
            expectation = join(List.of(keyword(SluiceLexer.IN), keyword(SluiceLexer.BETWEEN),
                    keyword(SluiceLexer.LIKE)));
        } else {
            expectation = describeExpected(expected, context);
        }
        failure = new Parsing.Failure(offsetOf(offending), Messages.unexpected(describe(offending), expectation));
    }

    private static int offsetOf(Token t) {
        return Math.max(t.getStartIndex(), 0);
    }

    static String describe(Token t) {
        if (t.getType() == Token.EOF) {
            return Messages.END_OF_INPUT;
        }
        String text = t.getText();
        if (t.getType() == SluiceLexer.STRING) {
            return "string " + text; //$NON-NLS-1$
        }
        if (text.length() > 40) {
            text = text.substring(0, 37) + "..."; //$NON-NLS-1$
        }
        return "'" + text + "'"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String describeExpected(IntervalSet expected, ParserRuleContext context) {
        int ruleIndex = context == null ? -1 : context.getRuleIndex();
        if (expected == null || expected.isNil()) {
            return ""; //$NON-NLS-1$
        }
        boolean expression = expected.contains(SluiceLexer.INTEGER) && expected.contains(SluiceLexer.LPAREN);
        // AND is the operator, except where BETWEEN needs it
        boolean andIsKeyword = context instanceof SluiceParser.BetweenSuffixContext;
        boolean operator = false;
        List<String> items = new ArrayList<>();
        List<String> keywords = new ArrayList<>();
        boolean end = false;
        for (int t : expected.toList()) {
            if (expression && EXPRESSION_START.contains(t)) {
                continue;
            }
            if (OPERATORS.contains(t) || t == SluiceLexer.AND && !andIsKeyword) {
                operator = true;
            } else if (t == Token.EOF) {
                end = true;
            } else if (t == SluiceLexer.IDENTIFIER) {
                items.add(ruleIndex == SluiceParser.RULE_typeName ? Messages.A_TYPE_NAME : Messages.A_NAME);
            } else if (t == SluiceLexer.STRING) {
                items.add(Messages.A_STRING);
            } else {
                keywords.add(keyword(t));
            }
        }
        if (expression) {
            items.add(0, Messages.AN_EXPRESSION);
        }
        if (operator && !expression) {
            items.add(Messages.AN_OPERATOR);
        }
        items.addAll(keywords);
        if (end) {
            items.add(items.isEmpty() ? Messages.OPERATOR_OR_END : Messages.THE_END);
        }
        return join(items);
    }

    private static String keyword(int tokenType) {
        if (tokenType == SluiceLexer.NEQ) {
            return "'<>'"; //$NON-NLS-1$
        }
        String literal = SluiceLexer.VOCABULARY.getLiteralName(tokenType);
        if (literal == null) {
            return SluiceLexer.VOCABULARY.getDisplayName(tokenType);
        }
        String bare = literal.substring(1, literal.length() - 1);
        return Character.isLetter(bare.charAt(0)) ? bare : literal;
    }

    private static String join(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0); //$NON-NLS-1$
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
