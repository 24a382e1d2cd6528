package io.drillbook.strategy;

/**
 * The oldest release of a product that supports a strategy; kept as data so that
 * architects can add their own products.
 *
 * @param product the product, as components name it (case does not matter)
 * @param strategy the strategy that needs the minimum
 * @param minimumVersion the lowest version, such as {@code 2.0.2}
 * @param minimumPatch the lowest patch of that version, such as {@code 2}
 */
public record ProductMinimum(String product, Strategy strategy, String minimumVersion, int minimumPatch) {

}
