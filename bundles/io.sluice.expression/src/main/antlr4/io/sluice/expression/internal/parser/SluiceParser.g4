/*
 * Syntax of the Sluice expression language, loosest binding first: OR, AND, NOT, the predicate level
 * (comparisons, IS [NOT] NULL, [NOT] IN, [NOT] BETWEEN, [NOT] LIKE; left to right), ||, + -, * / %, unary - +,
 * then field access and subscripts (x.f, x[i]).
 * The AST builder (io.sluice.expression.internal.AstBuilder) turns the parse tree into io.sluice.expression.Expr.
 */
parser grammar SluiceParser;

options { tokenVocab = SluiceLexer; }

root : expression EOF ;

expression : orExpr ;

orExpr : andExpr (OR andExpr)* ;

andExpr : notExpr (AND notExpr)* ;

notExpr
    : NOT notExpr        # notOperator
    | predicate          # notPredicate
    ;

predicate : concatExpr predicateSuffix* ;

predicateSuffix
    : compareOp concatExpr                                          # compareSuffix
    | IS NOT? NULL                                                  # isNullSuffix
    | NOT? IN LPAREN expression (COMMA expression)* RPAREN          # inSuffix
    | NOT? BETWEEN concatExpr AND concatExpr                        # betweenSuffix
    | NOT? LIKE concatExpr                                          # likeSuffix
    ;

compareOp : EQ | NEQ | LT | LE | GT | GE ;

concatExpr : additive (CONCAT additive)* ;

additive : multiplicative (additiveOp multiplicative)* ;

additiveOp : PLUS | MINUS ;

multiplicative : unary (multiplicativeOp unary)* ;

multiplicativeOp : STAR | SLASH | PERCENT ;

unary
    : MINUS unary        # negate
    | PLUS unary         # unaryPlus
    | primary postfixOp* # primaryUnary
    ;

// a.b (STRUCT field), a[i] (LIST element, 1-based), a['k'] (MAP value), binding tighter than any operator
postfixOp
    : DOT identifier                                                # fieldAccess
    | LBRACKET expression RBRACKET                                  # subscript
    ;

primary
    : INTEGER                                                       # integerLiteral
    | DECIMAL                                                       # decimalLiteral
    | STRING                                                        # stringLiteral
    | TRUE                                                          # trueLiteral
    | FALSE                                                         # falseLiteral
    | NULL                                                          # nullLiteral
    | IDENTIFIER STRING                                             # typedLiteral
    | CAST LPAREN expression AS typeName RPAREN                     # cast
    | TRY_CAST LPAREN expression AS typeName RPAREN                 # tryCast
    | CASE operand=expression? whenClause+ (ELSE otherwise=expression)? END  # case
    | IDENTIFIER LPAREN (expression (COMMA expression)*)? RPAREN     # call
    | identifier                                                    # column
    | LPAREN expression RPAREN                                      # parenthesized
    ;

whenClause : WHEN expression THEN expression ;

typeName : IDENTIFIER+ (LPAREN (INTEGER | IDENTIFIER) (COMMA INTEGER)? RPAREN)? IDENTIFIER* ;

identifier : IDENTIFIER | QUOTED_IDENTIFIER ;
