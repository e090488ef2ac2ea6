/**
 * The Sluice expression language: {@link io.sluice.expression.Expressions} parses and type-checks text into a
 * {@link io.sluice.expression.TypedExpr} that the runtime compiles into vector kernels, and
 * {@link io.sluice.expression.Evaluator} defines (and computes, row at a time) what every expression means.
 */
package io.sluice.expression;
