/**
 * Place names: finding them in report text and resolving them to canonical {@link org.amnok.gazetteer.Place}s.
 *
 * <p>The front door is {@link org.amnok.gazetteer.Gazetteer#shared()}:
 * <pre>{@code
 * Gazetteer g = Gazetteer.shared();
 * for (PlaceMention m : g.find(doc.text(), sentence.span())) { ... m.place().name(), m.place().precision() ... }
 * g.find("Sinŭiju")                                  // Optional[Sinuiju, CITY, North Pyongan, KP]
 * g.contains(g.find("China").get(), g.find("Yalu River").get())   // true
 * }</pre>
 *
 * <p>Data (class path, {@code org/amnok/gazetteer/}): {@code cities.tsv} (GeoNames, CC BY 4.0, rebuilt by
 * {@code tools/gazetteer/reduce.js}), {@code admin1.tsv} (province names), {@code places.tsv} (curated places)
 * and {@code stoplist.txt} (capitalised words that are not places). Everything else in the package is
 * package-private.
 */
package org.amnok.gazetteer;
