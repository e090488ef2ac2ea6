/**
 * The value types shared by every Sluice layer: {@link io.sluice.expression.types.DataType},
 * {@link io.sluice.expression.types.Field} and {@link io.sluice.expression.types.Schema}.
 */
package io.sluice.expression.types;
