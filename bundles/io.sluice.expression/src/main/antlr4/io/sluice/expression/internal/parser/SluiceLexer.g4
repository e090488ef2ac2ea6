/*
 * Tokens of the Sluice expression language. Keywords are case-insensitive. DATE, TIMESTAMP, type names and
 * function names are not keywords: they are IDENTIFIERs given meaning by the parser's context, so columns may be
 * called "date" or "year" without quotes.
 */
lexer grammar SluiceLexer;

options { caseInsensitive = true; }

AND     : 'AND';
OR      : 'OR';
NOT     : 'NOT';
IS      : 'IS';
NULL    : 'NULL';
IN      : 'IN';
BETWEEN : 'BETWEEN';
LIKE    : 'LIKE';
CASE    : 'CASE';
WHEN    : 'WHEN';
THEN    : 'THEN';
ELSE    : 'ELSE';
END     : 'END';
CAST    : 'CAST';
TRY_CAST : 'TRY_CAST';
AS      : 'AS';
TRUE    : 'TRUE';
FALSE   : 'FALSE';

PLUS    : '+';
MINUS   : '-';
STAR    : '*';
SLASH   : '/';
PERCENT : '%';
CONCAT  : '||';
EQ      : '=';
NEQ     : '<>' | '!=';
LE      : '<=';
GE      : '>=';
LT      : '<';
GT      : '>';
LPAREN  : '(';
COMMA   : ',';
RPAREN  : ')';
LBRACKET : '[';
RBRACKET : ']';
DOT     : '.';

DECIMAL
    : DIGIT+ '.' DIGIT* EXPONENT?
    | '.' DIGIT+ EXPONENT?
    | DIGIT+ EXPONENT
    ;
INTEGER : DIGIT+;
STRING  : '\'' ( ~'\'' | '\'\'' )* '\'';
IDENTIFIER        : [\p{L}_] [\p{L}\p{Nd}_]*;
QUOTED_IDENTIFIER : '"' ( ~'"' | '""' )* '"';

WS : [ \t\r\n\f]+ -> channel(HIDDEN);

fragment DIGIT    : [0-9];
fragment EXPONENT : 'E' [+-]? DIGIT+;
