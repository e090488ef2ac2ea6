package io.sluice.expression.internal;

import io.sluice.expression.Expr;
import io.sluice.expression.ExpressionProblem;
import io.sluice.expression.ParseResult;
import io.sluice.expression.internal.parser.SluiceLexer;
import io.sluice.expression.internal.parser.SluiceParser;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/** Text to {@link Expr}: lexing, parsing with {@link SyntaxErrors}, then {@link AstBuilder}. */
public final class Parsing {

    private Parsing() {
    }

    /** A user error found while building the tree: where and what. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int offset;

        Failure(int offset, String message) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }

    public static ParseResult parse(String text) {
        if (text == null) {
            throw new NullPointerException("text"); //$NON-NLS-1$
        }
        try {
            SluiceLexer lexer = new SluiceLexer(CharStreams.fromString(text));
            lexer.removeErrorListeners();
            lexer.addErrorListener(new LexerErrors(text));
            CommonTokenStream tokens = new CommonTokenStream(lexer);
            tokens.fill();

            SluiceParser parser = new SluiceParser(tokens);
            parser.removeErrorListeners();
            SyntaxErrors errors = new SyntaxErrors();
            parser.setErrorHandler(errors);
            SluiceParser.RootContext root;
            try {
                root = parser.root();
            } catch (ParseCancellationException e) {
                if (errors.failure() != null) {
                    throw errors.failure();
                }
                throw e;
            }
            if (errors.failure() != null) {
                throw errors.failure();
            }
            Expr expr = new AstBuilder(text).build(root);
            return ParseResult.success(text, expr);
        } catch (Failure f) {
            return ParseResult.failure(text, List.of(ExpressionProblem.at(text, f.offset, f.getMessage())));
        } catch (StackOverflowError e) {
            return ParseResult.failure(text, List.of(ExpressionProblem.at(text, 0, Messages.TOO_DEEP)));
        }
    }

    /** Reports the first character the lexer cannot read, in plain words, and stops. */
    private static final class LexerErrors extends BaseErrorListener {
        private final String text;

        LexerErrors(String text) {
            this.text = text;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                String msg, RecognitionException e) {
            SluiceLexer lexer = (SluiceLexer) recognizer;
            int start = lexer._tokenStartCharIndex;
            char first = start < text.length() ? text.charAt(start) : ' ';
            if (first == '\'') {
                throw new Failure(start, Messages.UNTERMINATED_STRING);
            }
            if (first == '"') {
                throw new Failure(start, Messages.UNTERMINATED_IDENTIFIER);
            }
            int cp = text.codePointAt(start);
            throw new Failure(start, Messages.unexpectedCharacter(new String(Character.toChars(cp))));
        }
    }
}
